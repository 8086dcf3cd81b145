package warren.federation.objects;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.federation.httpsig.FetchException;
import warren.federation.httpsig.SignedFetcher;
import warren.federation.protocol.Lenient;

/**
 * Fetches remote ActivityPub documents for the object layer, with the checks Lemmy makes: the
 * URL must be a remote id this site deals with ({@link FederationPolicy}), the document's
 * {@code id} must sit on the host it finally came from (after redirects), and one incoming
 * request or task may make at most {@link #MAX_FETCHES} fetches (Lemmy's
 * {@code FEDERATION_HTTP_FETCH_LIMIT}), so that a hostile chain of references cannot keep it busy.
 */
public final class ObjectFetcher {
  public static final int MAX_FETCHES = 100;
  private static final ScopedValue<AtomicInteger> BUDGET = ScopedValue.newInstance();

  private final SignedFetcher fetcher;
  private final FederationPolicy policy;

  public ObjectFetcher(SignedFetcher fetcher, FederationPolicy policy) {
    this.fetcher = fetcher;
    this.policy = policy;
  }

  /** Runs {@code work} with a budget of its own, as each request and each level of a reply chain gets. */
  public static <T> T withBudget(Supplier<T> work) {
    return ScopedValue.where(BUDGET, new AtomicInteger(MAX_FETCHES)).call(work::get);
  }

  /**
   * The document at {@code url}. Throws {@link DomainException}: {@code couldnt_find_object} when
   * there is none to be had (404, network, not ActivityPub, wrong host), the policy's errors
   * for a URL that may not be fetched, {@code too_many_items} past the budget; {@link Gone} for a 410.
   */
  public JsonNode fetch(String url) {
    policy.requireRemoteAllowed(url);
    spend(url);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new DomainException(ErrorType.INVALID_URL, url);
    }
    SignedFetcher.Fetched fetched;
    Tx.releaseForWait();
    try {
      fetched = fetcher.fetch(uri);
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.GONE) throw new Gone(url);
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, e.getMessage());
    }
    String finalUrl = fetched.url().toString();
    if (!finalUrl.equals(url)) policy.requireRemoteAllowed(finalUrl);
    String id = Lenient.string(fetched.json(), "id");
    if (id == null || !FederationPolicy.sameDomain(id, finalUrl)) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, "the document at " + finalUrl + " has the id " + id);
    }
    return fetched.json();
  }

  private static void spend(String url) {
    if (!BUDGET.isBound()) return; // a caller without a budget of its own makes a handful of fetches at most
    if (BUDGET.get().decrementAndGet() < 0) {
      throw new DomainException(ErrorType.TOO_MANY_ITEMS, "fetch limit reached before " + url);
    }
  }

  /** A fetch answered 410: the object was deleted at its origin. */
  public static final class Gone extends RuntimeException {
    Gone(String url) {
      super("gone: " + url, null, false, false);
    }
  }
}
