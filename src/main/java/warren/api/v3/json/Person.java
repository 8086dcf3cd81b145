package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Person}: the public fields only, never keys. */
public record Person(
    int id, String name, String displayName, String avatar, boolean banned, Instant published,
    Instant updated, String actorId, String bio, boolean local, String banner, boolean deleted,
    String matrixUserId, boolean botAccount, Instant banExpires, int instanceId) {

  public static Person of(warren.store.person.Person p) {
    return new Person(p.id(), p.name(), p.displayName(), p.avatar(), p.banned(), p.published(), p.updated(),
        p.actorId(), p.bio(), p.local(), p.banner(), p.deleted(), p.matrixUserId(), p.botAccount(),
        p.banExpires(), p.instanceId());
  }
}
