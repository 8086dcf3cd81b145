package warren.federation.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.federation.httpsig.ActorKeys;
import warren.federation.httpsig.HttpSignatures;
import warren.federation.httpsig.KeyOwnership;
import warren.federation.httpsig.SignatureException;
import warren.federation.httpsig.SignatureHeader;
import warren.federation.objects.FederationPolicy;
import warren.federation.objects.ObjectFetcher;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ApJson;
import warren.federation.store.ReceivedActivityStore;
import warren.store.Stores;

/**
 * Takes in one POSTed activity, in Lemmy's order of checks: readable JSON with an id and an
 * actor on the same domain; the id a remote one from a site the allow and block lists admit
 * (checked before any key is fetched, so a blocked site costs nothing); a valid HTTP signature
 * by a key of that actor. Then its type's handler prepares it (fetching what it refers to) and
 * the effect is applied in one transaction with the id recorded, so a failure leaves no trace,
 * and a repeat (its id recorded already) changes nothing and is refused. Types without a handler
 * are accepted and ignored.
 */
public final class Inbox {
  private static final Logger LOG = Logger.getLogger(Inbox.class.getName());
  /** Lemmy keeps received ids a week. */
  public static final Duration KEEP_RECEIVED = Duration.ofDays(7);

  /** Which inbox was posted to: the shared one, or a local person's or community's. */
  public enum Kind { SHARED, PERSON, COMMUNITY }

  /** A POST as it came. */
  public record Delivery(Kind kind, String name, String pathAndQuery, Map<String, List<String>> headers,
      byte[] body) {}

  private final Tx tx;
  private final Stores stores;
  private final FederationPolicy policy;
  private final InboxKeys keys;
  private final Handlers handlers;
  private final ReceivedActivityStore received;
  private final InboxHooks hooks;
  private final Clock clock;

  /** The inbox with a handler for each activity type Warren takes. */
  public static Inbox create(InboxServices s, FederationPolicy policy, ActorKeys keys, Clock clock) {
    return new Inbox(s.tx(), s.stores(), policy, new InboxKeys(s.tx(), s.stores(), keys), new Handlers(s),
        s.received(), s.hooks(), clock);
  }

  Inbox(Tx tx, Stores stores, FederationPolicy policy, InboxKeys keys, Handlers handlers,
      ReceivedActivityStore received, InboxHooks hooks, Clock clock) {
    this.tx = tx;
    this.stores = stores;
    this.policy = policy;
    this.keys = keys;
    this.handlers = handlers;
    this.received = received;
    this.hooks = hooks;
    this.clock = clock;
  }

  /** Applies the activity, or throws why not: {@link DomainException}, {@link SignatureException}, parse errors. */
  public void receive(Delivery d) {
    JsonNode node = ApJson.parse(d.body());
    var handler = handlers.of(Lookups.typeOf(node));
    if (handler.isEmpty()) return; // a type Warren does not take: accepted, nothing done
    Activity a = ApJson.read(node, Activity.class);
    if (a.id() == null || a.actorId() == null) throw new DomainException(ErrorType.UNKNOWN, "activity without id or actor");
    if (!FederationPolicy.sameDomain(a.id(), a.actorId())) {
      throw new DomainException(ErrorType.UNKNOWN, "the id " + a.id() + " is not on the domain of " + a.actorId());
    }
    String domain = policy.requireRemoteId(a.actorId());
    policy.requireRemoteId(a.id());
    // One connection for every read of this activity and its transaction, given back while a key
    // or an object is fetched: checking out one per read cost more than the reads themselves.
    tx.session(() -> {
      policy.requireDomainAllowed(domain); // the lists once: the id is on the actor's domain (above)
      requireInboxOwner(d);
      verifySignature(d, a);
      // A repeat is found by the transaction that would record it, not by a read before: a read
      // for every activity cost more than preparing the rare repeat, whose objects are here by
      // now, so it fetches nothing. Lemmy too verifies an activity before it finds it a repeat.
      apply(a, node, handler.get());
      return null;
    });
  }

  private void apply(Activity a, JsonNode node, ActivityHandler handler) {
    Incoming in = new Incoming(a.actorId(), node, null,
        c -> tx.read(h -> stores.communities().hasLocalFollower(h, c.id())));
    Effect effect = ObjectFetcher.withBudget(() -> handler.prepare(a, in));
    Effect relay = in.community() != null && in.community().local()
        ? tx.read(h -> hooks.receivedInLocalCommunity(h, in.community(), node))
        : Effect.NONE;
    // Shares a commit with the activities other senders deliver at the same moment; what it reads
    // was read above, so the shared transaction only writes. A copy that came in meanwhile is not
    // an error inside the transaction (that would roll back the others' work with it): its id is
    // simply not recorded again, and nothing else is done.
    boolean fresh = tx.writeGrouped(h -> {
      if (!received.record(h, a.id())) return false;
      effect.apply(h);
      relay.apply(h);
      return true;
    });
    if (!fresh) throw duplicate(a.id());
  }

  /** Forgets received ids older than a week; the scheduler calls it. */
  public int prune() {
    return tx.write(h -> received.prune(h, clock.instant().minus(KEEP_RECEIVED)));
  }

  /** A person's or community's inbox exists only for a local one. */
  private void requireInboxOwner(Delivery d) {
    switch (d.kind()) {
      case PERSON -> tx.read(h -> stores.persons().readLocalByName(h, d.name()))
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      case COMMUNITY -> tx.read(h -> stores.communities().readLocalByName(h, d.name()))
          .filter(c -> "Public".equals(c.visibility()))
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
      case SHARED -> { }
    }
  }

  /**
   * The signature must be by a key of the activity's actor, on its domain. The key id's domain
   * is checked before the key is looked for, so a forged key id sends us nowhere. A signature
   * that fails with a known key is tried once more with the key fetched anew.
   */
  private void verifySignature(Delivery d, Activity a) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(d.headers());
    List<String> signature = headers.get("signature");
    if (signature != null && !signature.isEmpty()) {
      String keyId = SignatureHeader.parse(signature.getFirst()).keyId();
      if (!FederationPolicy.sameDomain(keyId, a.actorId())) {
        throw new SignatureException(SignatureException.Reason.WRONG_KEY_OWNER, keyId + " is not on the domain of " + a.actorId());
      }
    }
    HttpSignatures.Verified verified;
    try {
      verified = HttpSignatures.verify("POST", d.pathAndQuery(), headers, d.body(), keys, clock.instant());
    } catch (SignatureException e) {
      if (!InboxKeys.mayBeStale(e)) throw e;
      LOG.fine(() -> "signature of " + a.id() + " failed with the known key; fetching it again");
      verified = HttpSignatures.verify("POST", d.pathAndQuery(), headers, d.body(), keys.refreshing(), clock.instant());
    }
    KeyOwnership.check(verified, a.actorId(), a.id());
  }

  private static DomainException duplicate(String id) {
    return new DomainException(ErrorType.UNKNOWN, "activity already received: " + id);
  }
}
