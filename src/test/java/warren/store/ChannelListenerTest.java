package warren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import warren.testing.TestPostgres;

/** LISTEN on a connection of its own: trusted only once proven, and forgetful when cut. */
class ChannelListenerTest {
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger lost = new AtomicInteger();
  private final ChannelListener.Receiver receiver = new ChannelListener.Receiver() {
    @Override
    public void received(List<String> payloads) {
      received.addAll(payloads);
    }

    @Override
    public void lost() {
      lost.incrementAndGet();
    }
  };

  private static void notify(String url, String payload) throws Exception {
    try (Connection c = DriverManager.getConnection(url); var st = c.prepareStatement("select pg_notify('test_channel', ?)")) {
      st.setString(1, payload);
      st.execute();
    }
  }

  private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) return true;
      Thread.sleep(10);
    }
    return condition.getAsBoolean();
  }

  @Test
  void hearsNoticesOnceProvenAndForgetsWhenItsConnectionIsCut() throws Exception {
    String url = TestPostgres.get().newDatabase();
    try (var listener = new ChannelListener(() -> DriverManager.getConnection(url), "test_channel", receiver)) {
      listener.start();
      assertThat(within(3_000, listener::live)).isTrue();
      int lostBefore = lost.get();
      notify(url, "u1");
      notify(url, "p2");
      assertThat(within(3_000, () -> received.size() == 2)).isTrue();
      assertThat(received).containsExactly("u1", "p2"); // its own proof is not passed on

      try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
        st.execute("select pg_terminate_backend(pid) from pg_stat_activity"
            + " where query = 'listen test_channel' and datname = current_database()");
      }
      assertThat(within(3_000, () -> lost.get() > lostBefore)).as("told at once").isTrue();
      assertThat(within(5_000, listener::live)).as("listening again").isTrue();
      notify(url, "u3");
      assertThat(within(3_000, () -> received.contains("u3"))).isTrue();
    }
  }

  /** As behind a pooler in transaction mode: LISTEN works, but what other sessions send never comes. */
  @Test
  void aChannelThatNeverDeliversIsNeverLive() throws Exception {
    String listenOn = TestPostgres.get().newDatabase();
    String sendOn = TestPostgres.get().newDatabase(); // notices do not cross databases
    AtomicInteger connections = new AtomicInteger();
    ChannelListener.Connector connector = () ->
        DriverManager.getConnection(connections.getAndIncrement() % 2 == 0 ? listenOn : sendOn);
    try (var listener = new ChannelListener(connector, "test_channel", receiver)) {
      listener.start();
      assertThat(within(2_000, listener::live)).isFalse();
      notify(listenOn, "u1");
      Thread.sleep(300);
      assertThat(received).as("nothing passed on while unproven").isEmpty();
    }
  }
}
