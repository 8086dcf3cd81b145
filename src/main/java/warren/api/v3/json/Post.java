package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Post}. */
public record Post(int id, String name, String url, String body, int creatorId, int communityId, boolean removed,
    boolean locked, Instant published, Instant updated, boolean deleted, boolean nsfw, String embedTitle,
    String embedDescription, String thumbnailUrl, String apId, boolean local, String embedVideoUrl, int languageId,
    boolean featuredCommunity, boolean featuredLocal, String urlContentType, String altText) implements warren.http.RepeatedJson {

  /** The same store record gives the same instance, whose JSON {@link warren.http.Json} then reuses. */
  private static final warren.support.cache.IdentityMemo<warren.store.post.Post, Post> SAME =
      new warren.support.cache.IdentityMemo<>(8192, Post::make);

  public static Post of(warren.store.post.Post p) {
    return SAME.apply(p);
  }

  private static Post make(warren.store.post.Post p) {
    return new Post(p.id(), p.name(), p.url(), p.body(), p.creatorId(), p.communityId(), p.removed(), p.locked(),
        p.published(), p.updated(), p.deleted(), p.nsfw(), p.embedTitle(), p.embedDescription(), p.thumbnailUrl(),
        p.apId(), p.local(), p.embedVideoUrl(), p.languageId(), p.featuredCommunity(), p.featuredLocal(),
        p.urlContentType(), p.altText());
  }
}
