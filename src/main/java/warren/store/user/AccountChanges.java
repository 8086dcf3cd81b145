package warren.store.user;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import warren.store.ChannelListener;

/**
 * News that what a signed-in request is made of (a login token, an account's row or languages,
 * its person's row) has changed, for whoever keeps such things in memory. It comes two ways: from
 * this node's own writes, the moment they commit, so that the next request here sees them; and
 * from every node (this one included) through the {@value #CHANNEL} notices of migration V14's
 * triggers, which also catch writes made by hand or by counters in SQL.
 */
public final class AccountChanges implements ChannelListener.Receiver {
  public static final String CHANNEL = "warren_account";

  /** Which accounts changed, by local user id and by person id; {@code all}: any of them may have. */
  public record Change(Set<Integer> localUserIds, Set<Integer> personIds, boolean all) {
    static final Change ALL = new Change(Set.of(), Set.of(), true);

    public boolean concerns(int localUserId, int personId) {
      return all || localUserIds.contains(localUserId) || personIds.contains(personId);
    }
  }

  private final List<Consumer<Change>> subscribers = new CopyOnWriteArrayList<>();
  private volatile ChannelListener listener;

  public void subscribe(Consumer<Change> subscriber) {
    subscribers.add(subscriber);
  }

  /** Where the notices come from; until it is set, none do, and {@link #live} is false. */
  public void listenWith(ChannelListener listener) {
    this.listener = listener;
  }

  /** True while every node's changes are arriving: only then may an account be kept in memory. */
  public boolean live() {
    ChannelListener l = listener;
    return l != null && l.live();
  }

  public void localUser(Handle h, int localUserId) {
    afterCommit(h, new Change(Set.of(localUserId), Set.of(), false));
  }

  public void person(Handle h, int personId) {
    afterCommit(h, new Change(Set.of(), Set.of(personId), false));
  }

  public void everyone(Handle h) {
    afterCommit(h, Change.ALL);
  }

  private void afterCommit(Handle h, Change change) {
    if (h.isInTransaction()) h.afterCommit(() -> publish(change));
    else publish(change);
  }

  @Override
  public void received(List<String> payloads) {
    Set<Integer> users = new HashSet<>();
    Set<Integer> persons = new HashSet<>();
    for (String p : payloads) {
      try {
        int id = Integer.parseInt(p.substring(1));
        if (p.charAt(0) == 'u') users.add(id);
        else if (p.charAt(0) == 'p') persons.add(id);
        else throw new NumberFormatException(p);
      } catch (RuntimeException e) {
        publish(Change.ALL); // a notice this node cannot read: safest to forget everything
        return;
      }
    }
    publish(new Change(users, persons, false));
  }

  @Override
  public void lost() {
    publish(Change.ALL);
  }

  private void publish(Change change) {
    for (Consumer<Change> s : subscribers) s.accept(change);
  }
}
