package warren.domain.accounts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import warren.domain.Tx;
import warren.store.Stores;
import warren.store.user.AccountChanges;
import warren.store.user.LoginToken;
import warren.support.cache.BoundedCache;
import warren.support.crypto.Jwts;

/**
 * Login tokens: a JWT is accepted only while its stored row exists, so logout and a password
 * change revoke it on every node at once.
 *
 * <p>Every signed-in request starts here, and reading the account behind its token was a second
 * statement per request, as costly as a third of the front page's. So the accounts behind recent
 * tokens are kept in memory, but only while {@link AccountChanges} is live: then every change to
 * a token, an account or its person, made on any node, drops the affected entries (this node's
 * own at commit, the others' within the milliseconds a NOTIFY takes). A read that raced with a
 * change is not kept: each change moves {@link #generation} before it sweeps the cache, and an
 * entry is kept only if the generation did not move from before its read until after its put.
 */
public final class Sessions {
  private static final int CACHED_ACCOUNTS = 4096;
  /** A bound on what a lost notice could cost, though none should be lost while live. */
  private static final long MAX_AGE_NANOS = 60_000_000_000L;

  private record Cached(LocalUserView view, long readAt) {}

  private final Tx tx;
  private final Stores stores;
  private final Jwts jwts;
  private final BoundedCache<String, Cached> byToken = new BoundedCache<>(CACHED_ACCOUNTS);
  private final AtomicLong generation = new AtomicLong();

  public Sessions(Tx tx, Stores stores, Jwts jwts) {
    this.tx = tx;
    this.stores = stores;
    this.jwts = jwts;
    stores.accountChanges().subscribe(this::forget);
  }

  public String issue(int localUserId, RequestOrigin origin) {
    String token = jwts.issue(localUserId);
    tx.run(h -> stores.loginTokens().insert(h, token, localUserId, origin.ip(), origin.userAgent()));
    return token;
  }

  /**
   * The account behind a token, or empty for a token that is malformed, forged, revoked, or whose
   * account is deleted or banned: such requests go on as anonymous, as in Lemmy.
   */
  public Optional<LocalUserView> authenticate(String token) {
    boolean live = stores.accountChanges().live();
    if (live) {
      Cached c = byToken.get(token);
      if (c != null && System.nanoTime() - c.readAt() < MAX_AGE_NANOS) return Optional.of(c.view());
    }
    Optional<Integer> userId = jwts.verify(token);
    if (userId.isEmpty()) return Optional.empty();
    long before = generation.get();
    long readAt = System.nanoTime();
    Optional<LocalUserView> view = tx.read(h -> stores.localUsers().readByToken(h, token, userId.get())
        .map(a -> new LocalUserView(a.localUser(), a.person(), a.languageIds()))
        .filter(v -> !v.person().deleted() && !v.person().banned()));
    if (view.isPresent() && live && stores.accountChanges().live() && generation.get() == before) {
      Cached c = new Cached(view.get(), readAt);
      byToken.put(token, c);
      // A change whose forget() swept the cache between the check above and the put.
      if (generation.get() != before) byToken.remove(token, c);
    }
    return view;
  }

  public void revoke(String token) {
    tx.run(h -> stores.loginTokens().delete(h, token));
  }

  public List<LoginToken> list(LocalUserView user) {
    return tx.read(h -> stores.loginTokens().list(h, user.localUser().id()));
  }

  private void forget(AccountChanges.Change change) {
    generation.incrementAndGet();
    if (change.all()) byToken.clear();
    else byToken.removeValuesIf(c -> change.concerns(c.view().localUser().id(), c.view().person().id()));
  }
}
