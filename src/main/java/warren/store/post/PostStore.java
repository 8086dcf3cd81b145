package warren.store.post;

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

/** Writes to {@code post} and the per-person post state in {@code post_actions}. */
public final class PostStore {

  public record NewPost(String name, String url, String body, int creatorId, int communityId, boolean nsfw,
      int languageId, String altText, String thumbnailUrl, String urlContentType, String origin) {}

  /** Inserts a local post; its ActivityPub id is built from the id it receives. */
  public Post insertLocal(Handle h, NewPost p) {
    return h.createQuery("""
            insert into post (id, ap_id, name, url, body, creator_id, community_id, nsfw, language_id, alt_text,
                              thumbnail_url, url_content_type, local)
            select n, :origin || '/post/' || n, :name, :url, :body, :creatorId, :communityId, :nsfw, :languageId,
                   :altText, :thumbnailUrl, :urlContentType, true
            from nextval('post_id_seq') as n
            returning *""")
        .bindMethods(p).mapTo(Post.class).one();
  }

  public Optional<Post> read(Handle h, int id) {
    return h.createQuery("select * from post where id = :id").bind("id", id).mapTo(Post.class).findOne();
  }

  private static final String BY_AP_ID_IN_COMMUNITY = "select " + Columns.of(Post.class, "p", "p_") + ", "
      + InCommunity.COMMUNITY_COLUMNS + " from post p join community co on co.id = p.community_id where p.ap_id = :a";
  private static final RowReader.Factory<InCommunity<Post>> IN_COMMUNITY = InCommunity.reader(Post.class, "p_");

  /** A post by its ActivityPub id with its community, in one query (on every incoming vote: direct). */
  public Optional<InCommunity<Post>> readByApIdInCommunity(Handle h, String apId) {
    return DirectQuery.first(h, BY_AP_ID_IN_COMMUNITY, Map.of("a", apId), IN_COMMUNITY);
  }

  public Optional<Post> readByApId(Handle h, String apId) {
    return h.createQuery("select * from post where ap_id = :a").bind("a", apId).mapTo(Post.class).findOne();
  }

  /** A post from another site, as its Page describes it; {@code published} null means now. */
  public record RemotePost(String apId, String name, String url, String body, int creatorId, int communityId,
      boolean nsfw, int languageId, String altText, String thumbnailUrl, java.time.Instant published,
      java.time.Instant updated) {}

  /** Inserts a remote post; empty when one with its ActivityPub id is there already. */
  public Optional<Post> insertRemote(Handle h, RemotePost p) {
    return h.createQuery("""
            insert into post (ap_id, name, url, body, creator_id, community_id, nsfw, language_id, alt_text,
                              thumbnail_url, published, updated, newest_comment_time, newest_comment_time_necro, local)
            select :apId, :name, :url, :body, :creatorId, :communityId, :nsfw, :languageId, :altText, :thumbnailUrl,
                   t, :updated, t, t, false
            from (select coalesce(cast(:published as timestamptz), now()) as t) as p
            on conflict (ap_id) do nothing
            returning *""")
        .bindMethods(p).mapTo(Post.class).findOne();
  }

  /** Replaces what an Update of a remote post carries; the creator and community stay. */
  public void updateRemote(Handle h, int id, RemotePost p) {
    h.createUpdate("""
            update post set name = :name, url = :url, body = :body, nsfw = :nsfw, language_id = :languageId,
                alt_text = :altText, thumbnail_url = coalesce(:thumbnailUrl, thumbnail_url),
                updated = coalesce(cast(:updated as timestamptz), now())
            where id = :id""")
        .bindMethods(p).bind("id", id).execute();
  }

  public void update(Handle h, int id, ColumnChanges changes) {
    changes.apply(h, "post", id);
  }

  /** Makes exactly {@code postIds} the community's featured posts (a remote featured collection read whole). */
  public void setFeaturedInCommunity(Handle h, int communityId, List<Integer> postIds) {
    h.createUpdate("""
            update post set featured_community = (id = any(:ids))
            where community_id = :c and (featured_community or id = any(:ids))""")
        .bind("c", communityId).bindArray("ids", Integer.class, postIds).execute();
  }

  /** Stores a link preview; not an edit, so {@code updated} stays. A null thumbnail keeps the one set. */
  public void setPreview(Handle h, int postId, String title, String description, String embedVideoUrl,
      String contentType, String thumbnailUrl) {
    h.createUpdate("""
            update post set embed_title = :title, embed_description = :description,
                embed_video_url = :video, url_content_type = :type,
                thumbnail_url = coalesce(:thumbnail, thumbnail_url)
            where id = :id""")
        .bind("title", title).bind("description", description).bind("video", embedVideoUrl)
        .bind("type", contentType).bind("thumbnail", thumbnailUrl).bind("id", postId).execute();
  }

  private static final String VOTE = """
      insert into post_actions (person_id, post_id, like_score, liked)
      values (:p, :item, cast(:s as smallint), case when cast(:s as smallint) is not null then now() end)
      on conflict (person_id, post_id) do update
        set like_score = excluded.like_score, liked = excluded.liked""";

  /** Sets or clears a vote; a score of 0 takes the vote back. */
  public void vote(Handle h, int personId, int postId, int score) {
    LikeScores.upsert(h, VOTE, personId, postId, score);
  }

  /** Sets one timestamp column of post_actions ({@code saved}, {@code read} or {@code hidden}) on or off. */
  public void mark(Handle h, int personId, List<Integer> postIds, String column, boolean on) {
    if (!List.of("saved", "read", "hidden").contains(column)) throw new IllegalArgumentException(column);
    h.createUpdate("insert into post_actions (person_id, post_id, " + column + ") "
            + "select :p, id, case when :on then now() end from post where id = any(:ids) "
            + "on conflict (person_id, post_id) do update set " + column
            + " = case when :on then coalesce(post_actions." + column + ", now()) end")
        .bind("p", personId).bindArray("ids", Integer.class, postIds).bind("on", on).execute();
  }

  /** Remembers how many comments the person has seen, for unread_comments. */
  public void markCommentsRead(Handle h, int personId, int postId) {
    h.createUpdate("""
            insert into post_actions (person_id, post_id, read_comments, read_comments_amount)
            select :p, id, now(), comments from post where id = :post
            on conflict (person_id, post_id) do update
              set read_comments = now(), read_comments_amount = excluded.read_comments_amount""")
        .bind("p", personId).bind("post", postId).execute();
  }

  /** Other posts of the same link, newest first: Lemmy's cross-posts. */
  public List<Integer> crossPostIds(Handle h, int postId, String url, int limit) {
    return h.createQuery("""
            select id from post where url = :url and id <> :id and not deleted and not removed
            order by published desc limit :limit""")
        .bind("url", url).bind("id", postId).bind("limit", limit).mapTo(Integer.class).list();
  }
}
