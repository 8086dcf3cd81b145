package warren.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL NOTIFY channel, on a connection of its own (outside the pool, which
 * it would otherwise hold for good), and hands each batch of payloads to a receiver on its own
 * thread. When the connection fails, the receiver hears {@link Receiver#lost} at once, and again
 * once a new connection listens: what was sent in between is gone, so whatever the receiver
 * remembers must be forgotten. {@link #live} says whether notices are arriving now.
 *
 * <p>A listening connection is trusted only once a notice sent from another connection has come
 * back on it: behind a pooler in transaction mode (PgBouncer's default) LISTEN succeeds but hears
 * nothing, and a node that believed it would keep stale state for good.
 */
public final class ChannelListener implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ChannelListener.class.getName());
  private static final int WAIT_MILLIS = 1_000;
  private static final long MAX_RETRY_MILLIS = 60_000;
  private static final long PROOF_MILLIS = 5_000;
  private static final String PROOF = "listener-proof:";

  /** Where notices go; called from the listener's thread only. */
  public interface Receiver {
    void received(List<String> payloads);

    void lost();
  }

  /** Opens a connection that is not the pool's. */
  @FunctionalInterface
  public interface Connector {
    Connection connect() throws SQLException;
  }

  private final Connector connector;
  private final String channel;
  private final Receiver receiver;
  private final Thread thread;
  private volatile boolean live;
  private volatile boolean closed;
  private volatile Connection connection;

  ChannelListener(Connector connector, String channel, Receiver receiver) {
    if (!channel.matches("[a-z_]+")) throw new IllegalArgumentException("channel: " + channel);
    this.connector = connector;
    this.channel = channel;
    this.receiver = receiver;
    this.thread = Thread.ofPlatform().daemon().name("listen-" + channel).unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** True while connected and listening: every notice sent from now on will arrive. */
  public boolean live() {
    return live;
  }

  private void run() {
    long retry = 100;
    while (!closed) {
      try (Connection c = connector.connect()) {
        connection = c;
        try (var st = c.createStatement()) {
          st.execute("listen " + channel);
        }
        String proof = PROOF + java.util.UUID.randomUUID();
        sendFromAnotherConnection(proof);
        long proofDeadline = System.nanoTime() + PROOF_MILLIS * 1_000_000;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          if (!live && System.nanoTime() > proofDeadline) {
            throw new SQLException("a notice sent on " + channel + " did not come back: is the database behind a "
                + "pooler in transaction mode? Until it does, nothing is kept in memory that needs it");
          }
          PGNotification[] batch = pg.getNotifications(WAIT_MILLIS);
          if (batch == null || batch.length == 0) continue;
          List<String> payloads = new ArrayList<>(batch.length);
          for (PGNotification n : batch) {
            if (!n.getParameter().startsWith(PROOF)) payloads.add(n.getParameter());
            else if (n.getParameter().equals(proof) && !live) {
              receiver.lost(); // anything sent before this connection listened was missed
              live = true;
              retry = 100;
            }
          }
          if (live && !payloads.isEmpty()) receiver.received(payloads);
        }
      } catch (SQLException | RuntimeException e) {
        if (closed) break;
        LOG.log(Level.WARNING, "listening on " + channel + " failed; retrying in " + retry + " ms", e);
      } finally {
        if (live) {
          live = false;
          receiver.lost();
        }
        connection = null;
      }
      sleep(retry);
      retry = Math.min(retry * 2, MAX_RETRY_MILLIS);
    }
  }

  private void sendFromAnotherConnection(String payload) throws SQLException {
    try (Connection other = connector.connect(); var st = other.prepareStatement("select pg_notify(?, ?)")) {
      st.setString(1, channel);
      st.setString(2, payload);
      st.execute();
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      closed = true;
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection c = connection;
    if (c != null) {
      try {
        c.close(); // wakes the thread out of its wait
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
