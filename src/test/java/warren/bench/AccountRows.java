package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

/** Rows of person, local_user and local_user_language: every generated account can log in. */
final class AccountRows {
  private AccountRows() {}

  static void write(Connection c, Plan plan, Target target, ActorKeys keys, String passwordHash, TextMaker text,
      PrintStream out) throws SQLException {
    People people = plan.people();
    var progress = new Progress(out, "person", people.count);
    try (var rows = new CopyRows(c, "person", """
        id, name, display_name, bio, published, actor_id, local, private_key, public_key, last_refreshed_at,
        inbox_url, shared_inbox_url, bot_account, instance_id""", progress)) {
      for (int u = 0; u < people.count; u++) {
        String actorId = target.origin() + "/u/" + people.names[u];
        rows.number(target.personId(u)).text(people.names[u]).text(people.displayName(plan.seed(), u))
            .text(people.bio(plan.seed(), u, text)).time(people.published[u]).text(actorId).bool(true)
            .text(keys.privatePem()).text(keys.publicPem()).time(plan.now()).text(actorId + "/inbox")
            .text(target.origin() + "/inbox").bool(people.bot[u]).number(target.instanceId()).endRow();
      }
      rows.finish();
    }
    progress.finish();
    progress = new Progress(out, "local_user", people.count);
    try (var rows = new CopyRows(c, "local_user", """
        id, person_id, password_encrypted, email, email_verified, accepted_application, admin,
        last_donation_notification""", progress)) {
      for (int u = 0; u < people.count; u++) {
        rows.number(target.localUserId(u)).number(target.personId(u)).text(passwordHash)
            .text(people.names[u] + "@bench.example").bool(true).bool(true).bool(u == People.ADMIN)
            .time(plan.now()).endRow();
      }
      rows.finish();
    }
    progress.finish();
    // As registration does on a site that restricts no language: every language, "undetermined" included.
    try (var s = c.prepareStatement("""
        insert into local_user_language (local_user_id, language_id)
        select lu.id, l.id from local_user lu cross join language l where lu.id > ? order by 1, 2""")) {
      s.setInt(1, target.localUserBase());
      s.executeUpdate();
    }
  }
}
