package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

/** Rows of community, community_language and community_actions (follows and moderators). */
final class CommunityRows {
  private CommunityRows() {}

  static void write(Connection c, Plan plan, Target target, ActorKeys keys, TextMaker text, PrintStream out)
      throws SQLException {
    Communities communities = plan.communities();
    var progress = new Progress(out, "community", communities.count);
    try (var rows = new CopyRows(c, "community", """
        id, name, title, description, published, actor_id, local, private_key, public_key, last_refreshed_at,
        followers_url, inbox_url, shared_inbox_url, moderators_url, featured_url, instance_id""", progress)) {
      for (int i = 0; i < communities.count; i++) {
        String actorId = target.origin() + "/c/" + communities.names[i];
        rows.number(Target.communityId(i)).text(communities.names[i]).text(communities.titles[i])
            .text(communities.description(plan.seed(), i, text)).time(communities.published[i]).text(actorId)
            .bool(true).text(keys.privatePem()).text(keys.publicPem()).time(plan.now())
            .text(actorId + "/followers").text(actorId + "/inbox").text(target.origin() + "/inbox")
            .text(actorId + "/moderators").text(actorId + "/featured").number(target.instanceId()).endRow();
      }
      rows.finish();
    }
    progress.finish();
    try (var s = c.createStatement()) {
      s.executeUpdate("""
          insert into community_language (community_id, language_id)
          select cm.id, l.id from community cm cross join language l order by 1, 2""");
    }
    var members = plan.memberships().rows;
    progress = new Progress(out, "community_actions", members.size());
    try (var rows = new CopyRows(c, "community_actions", "person_id, community_id, followed, became_moderator", progress)) {
      for (var m : members) {
        rows.number(target.personId(m.person())).number(Target.communityId(m.community()))
            .time(m.followed()).time(m.becameModerator()).endRow();
      }
      rows.finish();
    }
    progress.finish();
  }
}
