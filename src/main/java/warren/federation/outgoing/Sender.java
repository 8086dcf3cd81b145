package warren.federation.outgoing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.outbox.Outbox;
import warren.federation.outbox.OutgoingActivity;
import warren.federation.outbox.Recipient;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ApJson;
import warren.store.DirectQuery;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * How an activity in a community travels, as Lemmy 0.19 sends it
 * (crates/apub/src/activities/mod.rs {@code send_activity_in_community}): in a remote community
 * it goes to that community's inbox, which announces it; in a local one the community wraps it in
 * an Announce (FEP-1b12) for its followers' sites. A local-only community sends nothing.
 */
final class Sender {
  private final Outbox outbox;
  private final String origin;

  Sender(Outbox outbox, String origin) {
    this.outbox = outbox;
    this.origin = origin;
  }

  String origin() {
    return origin;
  }

  /** Whether anything done in {@code c} may leave this site. */
  static boolean federates(Community c) {
    return "Public".equals(c.visibility());
  }

  /**
   * Sends {@code activity}, done by {@code actor} in {@code community}, plus a copy straight to
   * {@code extra} (people it concerns, such as the author replied to). Everything in one
   * community reaches a site in the order it happened, so a comment never overtakes its post.
   */
  void inCommunity(Handle h, Activity activity, Person actor, Community community, List<Recipient> extra) {
    if (!federates(community)) return;
    List<Recipient> to = new ArrayList<>(extra);
    if (community.local()) {
      // A site that gets the Announce needs no second copy: it would refuse the repeat anyway.
      List<Recipient> followers = followerInboxes(h, community.id());
      to.removeIf(r -> followers.stream().anyMatch(f -> f.target().equals(r.target())));
      announce(h, community, ApJson.tree(activity));
    } else {
      to.add(Recipient.of(community.inboxUrl(), community.sharedInboxUrl()));
    }
    if (!to.isEmpty()) send(h, activity, actor.actorId(), community.actorId(), to, false);
  }

  /** The local community passes {@code inner} on to the sites that follow it. */
  void announce(Handle h, Community community, JsonNode inner) {
    announcement(h, community, inner).accept(h);
  }

  /**
   * The same in two steps: the followers are read now, on {@code read}; the write returned queues
   * the Announce to them (nothing when there are none).
   */
  Consumer<Handle> announcement(Handle read, Community community, JsonNode inner) {
    if (!federates(community) || !community.local()) return h -> { };
    List<Recipient> followers = followerInboxes(read, community.id());
    if (followers.isEmpty()) return h -> { };
    ObjectNode object = (ObjectNode) inner.deepCopy();
    object.remove("@context");
    String innerType = object.path("type").asString("");
    ObjectNode announce = ApJson.MAPPER.createObjectNode();
    announce.put("id", Activities.newAnnounceId(origin, innerType));
    announce.put("type", "Announce");
    announce.put("actor", community.actorId());
    announce.putArray("to").add(ApJson.PUBLIC);
    announce.set("object", object);
    announce.putArray("cc").add(community.followersUrl());
    OutgoingActivity queued = new OutgoingActivity(URI.create(announce.get("id").asString()),
        URI.create(community.actorId()), community.actorId(), ApJson.MAPPER.writeValueAsString(ApJson.document(announce)),
        followers);
    return h -> outbox.enqueue(h, queued);
  }

  /** Queues one activity as it is, signed by {@code actorId}. */
  void send(Handle h, Activity activity, String actorId, String objectKey, List<Recipient> to, boolean sensitive) {
    String body = ApJson.MAPPER.writeValueAsString(ApJson.document(activity));
    outbox.enqueue(h, new OutgoingActivity(URI.create(activity.id()), URI.create(actorId), objectKey, body, to,
        sensitive));
  }

  static Recipient recipient(Person p) {
    return Recipient.of(p.inboxUrl(), p.sharedInboxUrl());
  }

  /** One inbox on every other site this one knows (of its people or communities); the outbox keeps one per site. */
  static List<Recipient> allSites(Handle h) {
    return h.createQuery("""
            select distinct on (instance_id) inbox_url, shared_inbox_url from (
              select instance_id, inbox_url, shared_inbox_url from person where not local
              union all
              select instance_id, inbox_url, shared_inbox_url from community where not local) actors
            where inbox_url is not null order by instance_id, shared_inbox_url nulls last""")
        .map((rs, ctx) -> Recipient.of(rs.getString(1), rs.getString(2))).list();
  }

  /** Remote people following the community, by the inboxes they gave; the outbox keeps one per site. */
  private static List<Recipient> followerInboxes(Handle h, int communityId) {
    // Read for every activity in a local community (to announce it): direct.
    return DirectQuery.list(h, """
            select distinct p.inbox_url, p.shared_inbox_url
            from community_actions ca join person p on p.id = ca.person_id
            where ca.community_id = :c and ca.followed is not null and not p.local""",
        Map.of("c", communityId), (rs, sql) -> r -> Recipient.of(r.getString(1), r.getString(2)));
  }
}
