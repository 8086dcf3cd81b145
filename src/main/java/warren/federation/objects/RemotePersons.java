package warren.federation.objects;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.pronouns.PronounSuffix;
import warren.federation.protocol.PropertyValue;
import warren.federation.protocol.PersonActor;
import warren.store.Stores;
import warren.store.person.Person;
import warren.store.person.PersonStore;

/**
 * Remote people in the {@code person} table: read by actor id, fetched when unknown, fetched
 * again once a day old (Lemmy refreshes actors after 24 h), stored with their keys and inboxes
 * and the instance of their domain. A display name that ends in {@code [a, b]} with values on the
 * site's pronoun list is stored as the bare name plus pronouns, as a local person's would be.
 * Freshness follows {@link ActorRefresh}.
 */
public final class RemotePersons {
  private final Tx tx;
  private final Stores stores;
  private final ObjectFetcher fetcher;
  private final FederationPolicy policy;
  private final Clock clock;

  public RemotePersons(Tx tx, Stores stores, ObjectFetcher fetcher, FederationPolicy policy, Clock clock) {
    this.tx = tx;
    this.stores = stores;
    this.fetcher = fetcher;
    this.policy = policy;
    this.clock = clock;
  }

  /** The person the database has for {@code actorId}, local or remote, without fetching. */
  public Optional<Person> known(String actorId) {
    return tx.read(h -> stores.persons().readByActorId(h, actorId));
  }

  /**
   * The person with this id: from the database while fresh, else fetched and stored. A stale copy
   * whose refresh fails is used as it is, unless its server says it is gone. Throws
   * {@code couldnt_find_person} for an unknown local id, the fetcher's errors otherwise.
   */
  public Person resolve(String actorId) {
    Optional<Person> known = known(actorId);
    return ActorRefresh.resolve(actorId, known.map(p -> new ActorRefresh.Stored<>(p, p.local(), p.lastRefreshedAt())),
        policy.isLocal(actorId), clock, () -> fetch(actorId),
        () -> tx.run(h -> stores.persons().markDeleted(h, known.orElseThrow().id())), ErrorType.COULDNT_FIND_PERSON);
  }

  /** Fetches the actor document and stores it. */
  public Person fetch(String actorId) {
    if (!(Documents.read(fetcher.fetch(actorId)) instanceof PersonActor actor)) {
      throw new DomainException(ErrorType.COULDNT_FIND_PERSON, actorId + " is not a person");
    }
    return store(actor);
  }

  /** Stores a person document that came from its own server (fetched, or the signed actor of an activity). */
  public Person store(PersonActor a) {
    requirePerson(a);
    policy.requireRemoteAllowed(a.id());
    List<String> allowed = tx.read(h -> stores.pronouns().list(h));
    String display = a.name() == null || a.name().isBlank() ? null : a.name().strip();
    List<String> pronouns = List.of();
    if (display != null) {
      var split = PronounSuffix.parse(display, allowed);
      if (split.isPresent()) {
        pronouns = split.get().pronouns();
        display = split.get().bare().isEmpty() ? null : split.get().bare();
      }
    }
    String field = PropertyValue.find(a.attachment(), PropertyValue.PRONOUNS);
    if (pronouns.isEmpty() && field != null) {
      // Software that keeps pronouns as a profile field only: read them as a bracket suffix would be.
      pronouns = PronounSuffix.parse("[" + field.strip() + "]", allowed).map(PronounSuffix.Split::pronouns)
          .orElse(List.of());
    }
    String bio = InboundText.markdown(a.summary(), "text/html", a.source());
    String shared = a.endpoints() == null ? null : a.endpoints().sharedInbox();
    String name = display;
    List<String> chosen = pronouns;
    return tx.write(h -> {
      int instance = stores.instances().readOrCreate(h, FederationPolicy.domain(a.id())).id();
      var row = new PersonStore.RemotePerson(a.id(), a.preferredUsername(), name, chosen, bio,
          a.icon() == null ? null : a.icon().url(), a.image() == null ? null : a.image().url(), a.matrixUserId(),
          a.isBot(), a.inbox(), shared, a.publicKey().publicKeyPem(), a.published(), a.updated(), instance);
      return stores.persons().upsertRemote(h, row)
          .orElseThrow(() -> new DomainException(ErrorType.OBJECT_NOT_LOCAL, a.id() + " is a local person"));
    });
  }

  /** Lemmy's required fields of a remote Person. */
  static void requirePerson(PersonActor a) {
    if (a.id() == null || a.preferredUsername() == null || a.preferredUsername().isBlank() || a.inbox() == null
        || a.publicKey() == null || a.publicKey().publicKeyPem() == null) {
      throw new DomainException(ErrorType.COULDNT_FIND_PERSON, "incomplete person " + a.id());
    }
  }
}
