package warren.federation.inbox;

import org.jdbi.v3.core.Handle;
import tools.jackson.databind.JsonNode;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Where the incoming side hands over to the outgoing side. Both run inside the transaction of the
 * received activity, so an outbox row written there is committed with it, or not at all.
 */
public interface InboxHooks {
  /**
   * A remote person's Follow of a local community was stored (Lemmy accepts every such follow):
   * the community now sends an Accept embedding {@code follow} to the follower.
   */
  void followAccepted(Handle h, Activity follow, Community community, Person follower);

  /**
   * A remote person's activity in a local community is being applied (a post, comment, vote,
   * delete, moderator action, not a follow): the community announces {@code activity} to its
   * followers (FEP-1b12), as Lemmy does. What the Announce needs (the followers) is read now, on
   * {@code h}; the write returned queues it, in the transaction that applies the activity. A
   * follower who comes in between gets the next one, as with Lemmy, which reads them when sending.
   */
  Effect receivedInLocalCommunity(Handle h, Community community, JsonNode activity);

  /** Nothing sent: the default until the outgoing side is wired. */
  InboxHooks NONE = new InboxHooks() {
    @Override
    public void followAccepted(Handle h, Activity follow, Community community, Person follower) {}

    @Override
    public Effect receivedInLocalCommunity(Handle h, Community community, JsonNode activity) {
      return Effect.NONE;
    }
  };

  /**
   * Hooks that can be handed over once everything is wired: the inbox is built before the outbox
   * that implements them. Until then, nothing is sent.
   */
  final class Switchable implements InboxHooks {
    private volatile InboxHooks target = NONE;

    public void use(InboxHooks hooks) {
      this.target = hooks == null ? NONE : hooks;
    }

    @Override
    public void followAccepted(Handle h, Activity follow, Community community, Person follower) {
      target.followAccepted(h, follow, community, follower);
    }

    @Override
    public Effect receivedInLocalCommunity(Handle h, Community community, JsonNode activity) {
      return target.receivedInLocalCommunity(h, community, activity);
    }
  }
}
