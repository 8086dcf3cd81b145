package warren.api.v3.json;

import java.time.Instant;
import warren.domain.pronouns.PronounSuffix;

/**
 * lemmy-js-client {@code Person}: the public fields only, never keys. Every person API v3 sends
 * is made here, so this is where the pronouns join the display name, which is the only place
 * Lemmy apps can show them.
 */
public record Person(
    int id, String name, String displayName, String avatar, boolean banned, Instant published,
    Instant updated, String actorId, String bio, boolean local, String banner, boolean deleted,
    String matrixUserId, boolean botAccount, Instant banExpires, int instanceId) implements warren.http.RepeatedJson {

  /** The same store record gives the same instance, whose JSON {@link warren.http.Json} then reuses. */
  private static final warren.support.cache.IdentityMemo<warren.store.person.Person, Person> SAME =
      new warren.support.cache.IdentityMemo<>(8192, Person::make);

  public static Person of(warren.store.person.Person p) {
    return SAME.apply(p);
  }

  private static Person make(warren.store.person.Person p) {
    String displayName = PronounSuffix.compose(p.displayName(), p.name(), p.pronouns());
    return new Person(p.id(), p.name(), displayName, p.avatar(), p.banned(), p.published(), p.updated(),
        p.actorId(), p.bio(), p.local(), p.banner(), p.deleted(), p.matrixUserId(), p.botAccount(),
        p.banExpires(), p.instanceId());
  }
}
