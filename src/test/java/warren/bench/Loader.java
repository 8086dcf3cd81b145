package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes a {@link Plan} in one transaction, so a failed run leaves the database as it was.
 *
 * <p>The bulk path switches the tables' triggers off and drops their indexes, COPYs everything,
 * computes counters and ranks in SQL ({@link Recount}) while moving posts and comments from
 * staging tables into place, then rebuilds indexes and switches the triggers back on. Rows are
 * written once and in id order, so the tables end up compact.
 *
 * <p>The trigger path inserts the same rows one by one with all triggers on, in the history
 * {@link Recount} describes. It is slow and exists to show that both paths agree.
 */
final class Loader {
  /** Tables whose triggers the bulk path turns off: every one that feeds a counter. */
  private static final List<String> COUNTED = List.of(
      "person", "local_user", "community", "community_actions", "post", "post_actions", "comment", "comment_actions");
  /** Tables whose indexes the bulk path drops and rebuilds. */
  private static final List<String> BIG = List.of("post", "comment", "post_actions", "comment_actions", "post_search");

  private final Connection c;
  private final Plan plan;
  private final Target target;
  private final ActorKeys keys;
  private final String passwordHash;
  private final PrintStream out;
  private final TextMaker text = new TextMaker();

  Loader(Connection c, Plan plan, Target target, ActorKeys keys, String passwordHash, PrintStream out) {
    this.c = c;
    this.plan = plan;
    this.target = target;
    this.keys = keys;
    this.passwordHash = passwordHash;
    this.out = out;
  }

  void load(boolean throughTriggers) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      sessionSettings();
      if (throughTriggers) throughTriggers(); else bulk();
      Recount.sequences(c);
      Progress.timed(out, "commit", c::commit);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private void bulk() throws SQLException {
    IndexSet[] dropped = new IndexSet[1];
    Progress.timed(out, "drop indexes, keys and triggers of the big tables", () -> {
      dropped[0] = IndexSet.drop(c, BIG);
      for (String t : COUNTED) Recount.execute(c, "alter table " + t + " disable trigger user");
    });
    writeAccountsAndCommunities();
    stage();
    VoteRows.writePostVotes(c, plan, target, out);
    VoteRows.writeCommentVotes(c, plan, target, out);
    Progress.timed(out, "community active users", () -> Recount.usersActive(c, "post_load", "comment_load", now()));
    Progress.timed(out, "post: counters and ranks, into place", () -> Recount.insertPosts(c));
    Progress.timed(out, "post: search words", () -> Recount.execute(c, """
        insert into post_search (post_id, search)
        select id, post_search_vector(name, body, alt_text) from post"""));
    Progress.timed(out, "comment: counters and ranks, into place", () -> Recount.insertComments(c));
    Progress.timed(out, "person, community and site counters", () -> {
      Recount.people(c);
      Recount.communities(c);
      Recount.site(c);
    });
    dropped[0].restore(c, out);
    Progress.timed(out, "triggers back on", () -> {
      for (String t : COUNTED) Recount.execute(c, "alter table " + t + " enable trigger user");
    });
  }

  private void throughTriggers() throws SQLException {
    writeAccountsAndCommunities();
    stage();
    Progress.timed(out, "posts, one by one through the triggers", () -> Recount.execute(c, """
        insert into post (%s, newest_comment_time, newest_comment_time_necro)
        select %s, published, published from post_load order by id"""
        .formatted(PostRows.COLUMNS, undeleted(PostRows.COLUMNS))));
    Progress.timed(out, "comments, one by one through the triggers", () -> Recount.execute(c, """
        insert into comment (%s) select %s from comment_load order by id"""
        .formatted(CommentRows.COLUMNS, undeleted(CommentRows.COLUMNS))));
    VoteRows.writePostVotes(c, plan, target, out);
    VoteRows.writeCommentVotes(c, plan, target, out);
    Progress.timed(out, "deletions and removals", () -> {
      Recount.execute(c, """
          update comment c set deleted = l.deleted, removed = l.removed
          from comment_load l where l.id = c.id and (l.deleted or l.removed)""");
      Recount.execute(c, """
          update post p set deleted = l.deleted, removed = l.removed
          from post_load l where l.id = p.id and (l.deleted or l.removed)""");
    });
    Progress.timed(out, "community active users", () -> Recount.usersActive(c, "post", "comment", now()));
    Progress.timed(out, "time-dependent ranks", () -> Recount.refreshTimeRanks(c));
  }

  private void writeAccountsAndCommunities() throws SQLException {
    AccountRows.write(c, plan, target, keys, passwordHash, text, out);
    CommunityRows.write(c, plan, target, keys, text, out);
  }

  /** Posts and comments go to temporary tables first; only SQL can give them their counters and ranks. */
  private void stage() throws SQLException {
    Recount.execute(c, "create temp table post_load (like post including defaults) on commit drop");
    Recount.execute(c, "create temp table comment_load (like comment including defaults) on commit drop");
    PostRows.write(c, "post_load", plan, target, text, out);
    CommentRows.write(c, "comment_load", plan, target, text, out);
    Recount.execute(c, "analyze post_load");
    Recount.execute(c, "analyze comment_load");
  }

  /** Generous memory for sorts, hashes and index builds; this session is the only one working. */
  private void sessionSettings() throws SQLException {
    // Staged comments stay in memory; this works only before the session's first temporary table.
    Recount.execute(c, "set temp_buffers = '1GB'");
    Recount.execute(c, "set local work_mem = '256MB'");
    Recount.execute(c, "set local maintenance_work_mem = '1GB'");
    Recount.execute(c, "set local synchronous_commit = off");
    Recount.execute(c, "set local timezone = 'UTC'");
  }

  private Instant now() {
    return Instant.ofEpochMilli(plan.now());
  }

  /** The column list as a select list that inserts every row neither deleted nor removed. */
  private static String undeleted(String columns) {
    return java.util.Arrays.stream(columns.split(",")).map(String::strip)
        .map(col -> col.equals("deleted") || col.equals("removed") ? "false" : col)
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
