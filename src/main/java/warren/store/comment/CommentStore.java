package warren.store.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import warren.store.ColumnChanges;
import warren.store.Columns;
import warren.store.DirectQuery;
import warren.store.InCommunity;
import warren.store.LikeScores;
import warren.store.RowReader;

/** Writes to {@code comment}, {@code comment_actions} and {@code comment_reply}. */
public final class CommentStore {

  public record NewComment(int creatorId, int postId, String content, int languageId, String parentPath,
      String origin) {}

  /** Inserts a local comment below {@code parentPath} ("0" for top level); id and path come together. */
  public Comment insertLocal(Handle h, NewComment c) {
    return h.createQuery("""
            insert into comment (id, ap_id, path, creator_id, post_id, content, language_id, local)
            select n, :origin || '/comment/' || n, (:parentPath || '.' || n)::ltree, :creatorId, :postId, :content,
                   :languageId, true
            from nextval('comment_id_seq') as n
            returning *""")
        .bindMethods(c).mapTo(Comment.class).one();
  }

  public Optional<Comment> read(Handle h, int id) {
    return h.createQuery("select * from comment where id = :id").bind("id", id).mapTo(Comment.class).findOne();
  }

  private static final String BY_AP_ID_IN_COMMUNITY = "select " + Columns.of(Comment.class, "c", "c_") + ", "
      + InCommunity.COMMUNITY_COLUMNS + " from comment c join post p on p.id = c.post_id"
      + " join community co on co.id = p.community_id where c.ap_id = :a";
  private static final RowReader.Factory<InCommunity<Comment>> IN_COMMUNITY =
      InCommunity.reader(Comment.class, "c_");

  /** A comment by its ActivityPub id with its post's community, in one query (on every incoming vote: direct). */
  public Optional<InCommunity<Comment>> readByApIdInCommunity(Handle h, String apId) {
    return DirectQuery.first(h, BY_AP_ID_IN_COMMUNITY, Map.of("a", apId), IN_COMMUNITY);
  }

  public Optional<Comment> readByApId(Handle h, String apId) {
    return h.createQuery("select * from comment where ap_id = :a").bind("a", apId).mapTo(Comment.class).findOne();
  }

  /** A comment from another site, below {@code parentPath} ("0" for top level); {@code published} null means now. */
  public record RemoteComment(String apId, int creatorId, int postId, String content, int languageId,
      boolean distinguished, String parentPath, java.time.Instant published, java.time.Instant updated) {}

  /** Inserts a remote comment; empty when one with its ActivityPub id is there already. */
  public Optional<Comment> insertRemote(Handle h, RemoteComment c) {
    return h.createQuery("""
            insert into comment (id, ap_id, path, creator_id, post_id, content, language_id, distinguished,
                                 published, updated, local)
            select n, :apId, (:parentPath || '.' || n)::ltree, :creatorId, :postId, :content, :languageId,
                   :distinguished, coalesce(cast(:published as timestamptz), now()), :updated, false
            from nextval('comment_id_seq') as n
            on conflict (ap_id) do nothing
            returning *""")
        .bindMethods(c).mapTo(Comment.class).findOne();
  }

  public void update(Handle h, int id, ColumnChanges changes) {
    changes.apply(h, "comment", id);
  }

  private static final String VOTE = """
      insert into comment_actions (person_id, comment_id, like_score, liked)
      values (:p, :item, cast(:s as smallint), case when cast(:s as smallint) is not null then now() end)
      on conflict (person_id, comment_id) do update set like_score = excluded.like_score, liked = excluded.liked""";

  public void vote(Handle h, int personId, int commentId, int score) {
    LikeScores.upsert(h, VOTE, personId, commentId, score);
  }

  public void save(Handle h, int personId, int commentId, boolean save) {
    h.createUpdate("""
            insert into comment_actions (person_id, comment_id, saved) values (:p, :c, case when :s then now() end)
            on conflict (person_id, comment_id) do update
              set saved = case when :s then coalesce(comment_actions.saved, now()) end""")
        .bind("p", personId).bind("c", commentId).bind("s", save).execute();
  }

  public void addReply(Handle h, int recipientId, int commentId) {
    h.createUpdate("insert into comment_reply (recipient_id, comment_id) values (:r, :c) on conflict do nothing")
        .bind("r", recipientId).bind("c", commentId).execute();
  }

  public record Reply(int id, int recipientId, int commentId, boolean read, java.time.Instant published) {}

  public Optional<Reply> readReply(Handle h, int id) {
    return h.createQuery("select * from comment_reply where id = :id").bind("id", id)
        .map((rs, ctx) -> new Reply(rs.getInt("id"), rs.getInt("recipient_id"), rs.getInt("comment_id"),
            rs.getBoolean("read"), rs.getTimestamp("published").toInstant()))
        .findOne();
  }

  public void markReply(Handle h, int id, boolean read) {
    h.createUpdate("update comment_reply set read = :r where id = :id").bind("r", read).bind("id", id).execute();
  }

  /** Reading a reply's parent thread marks the replies to it as read, as Lemmy does on reply. */
  public void markRepliesToRead(Handle h, int recipientId, int parentCommentId) {
    h.createUpdate("update comment_reply set read = true where recipient_id = :r and comment_id = :c")
        .bind("r", recipientId).bind("c", parentCommentId).execute();
  }

  public Optional<Integer> postOf(Handle h, int commentId) {
    return h.createQuery("select post_id from comment where id = :id").bind("id", commentId)
        .mapTo(Integer.class).findOne();
  }

  public List<Integer> localRecipients(Handle h, List<Integer> personIds) {
    return h.createQuery("select id from local_user where person_id = any(:p)")
        .bindArray("p", Integer.class, personIds).mapTo(Integer.class).list();
  }
}
