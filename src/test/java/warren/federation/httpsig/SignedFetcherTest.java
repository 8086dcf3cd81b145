package warren.federation.httpsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.federation.httpsig.FetchException.Kind;
import warren.federation.httpsig.SignatureException.Reason;
import warren.federation.protocol.ApJson;
import warren.support.crypto.RsaKeys;
import warren.support.web.AddressGuard;
import warren.support.web.SafeHttpClient;
import warren.testing.FakeRemote;

/** Signed GETs against a fake remote server, and peers' keys found through them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedFetcherTest {
  static final String SITE = "http://warren.test/";
  static final RsaKeys.PemPair SITE_KEYS = RsaKeys.generate();

  private FakeRemote remote;
  private SignedFetcher fetcher;

  @BeforeAll
  void start() {
    remote = FakeRemote.start();
    fetcher = fetcher(true);
  }

  @AfterAll
  void stop() {
    remote.close();
  }

  static SignedFetcher fetcher(boolean debug) {
    var http = new SafeHttpClient(new AddressGuard(debug), "Warren/test; +http://warren.test");
    return new SignedFetcher(http, () -> SigningKey.of(SITE, SITE_KEYS.privatePem()), debug, Clock.systemUTC());
  }

  /** The remote checks our signature with our published key. */
  static HttpSignatures.Verified verifiedBy(FakeRemote.Received request) {
    URI uri = URI.create(request.path());
    String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    return HttpSignatures.verify("GET", target, request.headers(), null,
        keyId -> new ResolvedKey(keyId, SITE, Pem.publicKey(SITE_KEYS.publicPem())), Instant.now());
  }

  @Test
  void fetchesSignedAsTheSiteActor() {
    var alice = remote.person("alice");
    var fetched = fetcher.fetch(URI.create(alice.id()));
    assertThat(fetched.json().get("id").asString()).isEqualTo(alice.id());
    var request = remote.requests().getLast();
    assertThat(request.header("accept")).isEqualTo("application/activity+json");
    assertThat(request.header("host")).isEqualTo(remote.hostname());
    assertThat(request.header("user-agent")).startsWith("Warren/");
    var verified = verifiedBy(request);
    assertThat(verified.keyId()).isEqualTo("http://warren.test/#main-key");
    assertThat(verified.signedHeaders()).containsExactly("(request-target)", "accept", "date", "host");
  }

  @Test
  void eachRedirectHopIsSignedForItself() {
    var moved = remote.person("moved");
    remote.redirect("/old/moved", 301, moved.id());
    int before = remote.requests().size();
    var fetched = fetcher.fetch(URI.create(remote.url("/old/moved")));
    assertThat(fetched.url().toString()).isEqualTo(moved.id());
    assertThat(fetched.json().get("id").asString()).isEqualTo(moved.id());
    var hops = remote.requests().subList(before, remote.requests().size());
    assertThat(hops).extracting(FakeRemote.Received::path).containsExactly("/old/moved", "/u/moved");
    hops.forEach(SignedFetcherTest::verifiedBy);
  }

  @Test
  void refusesWhatIsNotActivityJson() {
    remote.serve("/page", 200, "text/html; charset=utf-8", "<html></html>".getBytes(StandardCharsets.UTF_8));
    remote.serve("/plain-json", 200, "application/json", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    remote.serve("/ld", 200, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
        "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    remote.serve("/gone", 410, ApJson.CONTENT_TYPE, "{\"type\":\"Tombstone\"}".getBytes(StandardCharsets.UTF_8));
    remote.serve("/broken", 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
    remote.serve("/array", 200, ApJson.CONTENT_TYPE, "[1,2]".getBytes(StandardCharsets.UTF_8));
    remote.serve("/huge", 200, ApJson.CONTENT_TYPE,
        ("{\"x\":\"" + "a".repeat(SignedFetcher.MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8));

    assertKind("/page", Kind.CONTENT_TYPE);
    assertKind("/plain-json", Kind.CONTENT_TYPE);
    assertThat(fetcher.fetch(URI.create(remote.url("/ld"))).json().get("id").asString()).isEqualTo("x");
    assertKind("/gone", Kind.GONE);
    assertKind("/nowhere", Kind.NOT_FOUND);
    assertKind("/broken", Kind.STATUS);
    assertKind("/array", Kind.NOT_JSON);
    assertKind("/huge", Kind.TOO_LARGE);
  }

  @Test
  void plainHttpAndLoopbackOnlyInDebugMode() {
    SignedFetcher strict = fetcher(false);
    assertThatThrownBy(() -> strict.fetch(URI.create(remote.url("/u/x"))))
        .isInstanceOf(FetchException.class).extracting(e -> ((FetchException) e).kind()).isEqualTo(Kind.REFUSED);
    assertThatThrownBy(() -> strict.fetch(URI.create("https://127.0.0.1:" + remote.hostname().split(":")[1] + "/")))
        .isInstanceOf(FetchException.class).extracting(e -> ((FetchException) e).kind()).isEqualTo(Kind.REFUSED);
  }

  @Test
  void actorKeysFindVerifyAndCache() throws Exception {
    var bob = remote.person("bob");
    var keys = new ActorKeys(fetcher, new KeyCache(100, Duration.ofHours(1), Clock.systemUTC()));
    byte[] body = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    var headers = HttpSignatures.signPost(URI.create("http://warren.test/inbox"), "warren.test", body,
        bob.signingKey(), Instant.now());
    java.util.Map<String, java.util.List<String>> received = new java.util.HashMap<>();
    headers.forEach((k, v) -> received.put(k, java.util.List.of(v)));

    var verified = HttpSignatures.verify("POST", "/inbox", received, body, keys, Instant.now());
    assertThat(verified.ownerId()).isEqualTo(bob.id());
    int fetches = remote.requests().size();
    HttpSignatures.verify("POST", "/inbox", received, body, keys, Instant.now());
    assertThat(remote.requests()).as("the key came from the cache").hasSize(fetches);

    KeyOwnership.check(verified, bob.id(), remote.url("/activities/follow/1"));
    assertOwner(() -> KeyOwnership.check(verified, remote.url("/u/carol"), remote.url("/activities/follow/1")));
    assertOwner(() -> KeyOwnership.check(verified, bob.id(), "https://elsewhere.example/activities/follow/1"));

    // A key id the actor does not publish is no key at all.
    assertThatThrownBy(() -> keys.resolve(bob.id() + "#other-key")).isInstanceOf(SignatureException.class)
        .extracting(e -> ((SignatureException) e).reason()).isEqualTo(Reason.KEY_UNAVAILABLE);
  }

  /** GoToSocial's key ids are paths of their own, serving a key document with its owner. */
  @Test
  void keyDocumentsOfTheirOwn() {
    var carol = remote.person("carol");
    String keyId = remote.url("/u/carol/main-key");
    var doc = ApJson.MAPPER.createObjectNode().put("id", keyId).put("owner", carol.id())
        .put("publicKeyPem", carol.keys().publicPem());
    remote.serve("/u/carol/main-key", doc);
    var keys = new ActorKeys(fetcher, new KeyCache(100, Duration.ofHours(1), Clock.systemUTC()));
    assertThat(keys.resolve(keyId).ownerId()).isEqualTo(carol.id());
  }

  private void assertKind(String path, Kind kind) {
    assertThatThrownBy(() -> fetcher.fetch(URI.create(remote.url(path))))
        .as(path).isInstanceOf(FetchException.class).extracting(e -> ((FetchException) e).kind()).isEqualTo(kind);
  }

  private static void assertOwner(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(SignatureException.class)
        .extracting(e -> ((SignatureException) e).reason()).isEqualTo(Reason.WRONG_KEY_OWNER);
  }
}
