package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Community}. */
public record Community(int id, String name, String title, String description, boolean removed, Instant published,
    Instant updated, boolean deleted, boolean nsfw, String actorId, boolean local, String icon, String banner,
    boolean hidden, boolean postingRestrictedToMods, int instanceId, String visibility) implements warren.http.RepeatedJson {

  /** The same store record gives the same instance, whose JSON {@link warren.http.Json} then reuses. */
  private static final warren.support.cache.IdentityMemo<warren.store.community.Community, Community> SAME =
      new warren.support.cache.IdentityMemo<>(8192, Community::make);

  public static Community of(warren.store.community.Community c) {
    return SAME.apply(c);
  }

  private static Community make(warren.store.community.Community c) {
    return new Community(c.id(), c.name(), c.title(), c.description(), c.removed(), c.published(), c.updated(),
        c.deleted(), c.nsfw(), c.actorId(), c.local(), c.icon(), c.banner(), c.hidden(),
        c.postingRestrictedToMods(), c.instanceId(), c.visibility());
  }
}
