package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.domain.accounts.LocalUserView;
import warren.store.Stores;
import warren.testing.ApiClient;
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;
import warren.testing.TsTypes;

/** Pronouns on API v3: carried in the display name, Hexbear's way, wherever a person goes out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PronounsApiTest {
  private TestSite site;
  private TsTypes types;
  private int community;

  @BeforeAll
  void start() {
    types = new TsTypes(LemmyJsClient.typesDir());
    site = TestSite.start();
    var admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    community = admin.post("/api/v3/community", Map.of("name", "talk", "title", "Talk")).json()
        .at("/community_view/community/id").asInt();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private ApiClient.Reply save(ApiClient who, Map<String, ?> settings) {
    return who.put("/api/v3/user/save_user_settings", settings);
  }

  private ApiClient.Reply saveName(ApiClient who, String displayName) {
    return save(who, Map.of("display_name", displayName));
  }

  /** The display name as others see it on the profile page; null when none is sent. */
  static String shown(TestSite site, String username) {
    var person = site.anonymous().get("/api/v3/user", Map.of("username", username)).json().at("/person_view/person");
    return person.has("display_name") ? person.get("display_name").asString() : null;
  }

  private String shown(String username) {
    return shown(site, username);
  }

  /** What the row holds: the bare display name and the pronouns. */
  private record Stored(String displayName, List<String> pronouns) {}

  private Stored stored(String username) {
    return site.sql().withHandle(h -> h.createQuery("""
            select display_name, coalesce(pronouns, '{}') as pronouns from person where name = :n""")
        .bind("n", username)
        .map((rs, ctx) -> new Stored(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()))).one());
  }

  @Test
  void aSuffixOnTheListSetsPronounsAndEveryPersonViewShowsThem() {
    var joey = site.anonymous().register("joey", "password-123");
    var r = saveName(joey, "JoeySteel [comrade/them]");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(stored("joey")).isEqualTo(new Stored("JoeySteel", List.of("comrade/them")));

    String composed = "JoeySteel [comrade/them]";
    var details = site.anonymous().get("/api/v3/user", Map.of("username", "joey"));
    assertThat(types.check("GetPersonDetailsResponse", details.json())).isEmpty();
    assertThat(details.json().at("/person_view/person/display_name").asString()).isEqualTo(composed);

    int post = joey.post("/api/v3/post", Map.of("name", "Comrades, a question", "community_id", community)).json()
        .at("/post_view/post/id").asInt();
    assertThat(site.anonymous().get("/api/v3/post", Map.of("id", post)).json()
        .at("/post_view/creator/display_name").asString()).isEqualTo(composed);
    assertThat(site.anonymous().get("/api/v3/post/list", Map.of("community_id", community)).json()
        .at("/posts/0/creator/display_name").asString()).isEqualTo(composed);

    int comment = joey.post("/api/v3/comment", Map.of("post_id", post, "content", "An answer")).json()
        .at("/comment_view/comment/id").asInt();
    assertThat(site.anonymous().get("/api/v3/comment", Map.of("id", comment)).json()
        .at("/comment_view/creator/display_name").asString()).isEqualTo(composed);

    var me = joey.get("/api/v3/site").json();
    assertThat(me.at("/my_user/local_user_view/person/display_name").asString()).isEqualTo(composed);

    var found = site.anonymous().get("/api/v3/search", Map.of("q", "JoeySteel", "type_", "Users")).json();
    assertThat(found.at("/users/0/person/display_name").asString()).isEqualTo(composed);
  }

  @Test
  void twoValuesTakeTheListsSpellingAndHexbearsSeparator() {
    var pat = site.anonymous().register("pat", "password-123");
    assertThat(saveName(pat, "Pat [She/Her,THEY/THEM]").status()).isEqualTo(200);
    assertThat(stored("pat")).isEqualTo(new Stored("Pat", List.of("she/her", "they/them")));
    assertThat(shown("pat")).isEqualTo("Pat [she/her, they/them]");
  }

  @Test
  void valuesNotOnTheListStayPartOfTheNameAndClearThePronouns() {
    var kim = site.anonymous().register("kim", "password-123");
    saveName(kim, "Kim [she/her]");
    assertThat(saveName(kim, "Kim [foo/bar]").status()).isEqualTo(200);
    assertThat(stored("kim")).isEqualTo(new Stored("Kim [foo/bar]", List.of()));
    assertThat(shown("kim")).isEqualTo("Kim [foo/bar]");
    // Three values are never pronouns, even when all three are on the list.
    assertThat(saveName(kim, "K [any, she/her, ae/aer]").error()).isEqualTo("invalid_display_name");
  }

  @Test
  void theLengthLimitIsOnTheNameWithoutItsSuffix() {
    var lee = site.anonymous().register("lee", "password-123");
    String twenty = "L".repeat(20);
    assertThat(saveName(lee, twenty + " [she/her, they/them]").status()).isEqualTo(200);
    assertThat(shown("lee")).isEqualTo(twenty + " [she/her, they/them]");
    assertThat(saveName(lee, twenty + "L [she/her]").error()).isEqualTo("invalid_display_name");
    assertThat(saveName(lee, "Leeroy [unknown/values]").error()).isEqualTo("invalid_display_name");
    assertThat(saveName(lee, "Le [she/her]").error()).isEqualTo("invalid_display_name");
    assertThat(shown("lee")).isEqualTo(twenty + " [she/her, they/them]");
  }

  @Test
  void anAppThatSendsTheComposedNameBackChangesNothing() {
    var sam = site.anonymous().register("sam", "password-123");
    saveName(sam, "Sam [any]");
    String seen = sam.get("/api/v3/site").json().at("/my_user/local_user_view/person/display_name").asString();
    assertThat(save(sam, Map.of("display_name", seen, "bio", "hello")).status()).isEqualTo(200);
    assertThat(stored("sam")).isEqualTo(new Stored("Sam", List.of("any")));

    // Pronouns without a display name show after the user name, and that form round-trips too.
    var ash = site.anonymous().register("ash", "password-123");
    assertThat(saveName(ash, "[ae/aer]").status()).isEqualTo(200);
    assertThat(shown("ash")).isEqualTo("ash [ae/aer]");
    assertThat(saveName(ash, "ash [ae/aer]").status()).isEqualTo(200);
    assertThat(stored("ash")).isEqualTo(new Stored(null, List.of("ae/aer")));
  }

  @Test
  void aNameWithoutTheSuffixClearsThePronounsAndLeavingTheNameOutKeepsThem() {
    var max = site.anonymous().register("max", "password-123");
    saveName(max, "Max [he/him]");
    save(max, Map.of("bio", "only the bio changes"));
    assertThat(shown("max")).isEqualTo("Max [he/him]");
    // Apps only ever show the composed name: sending it without the suffix means it was deleted.
    assertThat(saveName(max, "Maxine").status()).isEqualTo(200);
    assertThat(stored("max")).isEqualTo(new Stored("Maxine", List.of()));
    assertThat(shown("max")).isEqualTo("Maxine");
    saveName(max, "Max [he/him]");
    assertThat(saveName(max, "").status()).isEqualTo(200);
    assertThat(shown("max")).isNull();
  }

  @Test
  void warrensPronounsFieldSetsThemBesideAPlainName() {
    var ren = site.anonymous().register("ren", "password-123");
    var form = new HashMap<String, Object>(Map.of("display_name", "Ren", "pronouns", List.of("They/Them", "any")));
    assertThat(save(ren, form).status()).isEqualTo(200);
    assertThat(shown("ren")).isEqualTo("Ren [they/them, any]");
    var bad = save(ren, Map.of("pronouns", List.of("she/her", "not/listed")));
    assertThat(bad.error()).isEqualTo("invalid_pronoun");
    assertThat(bad.json().get("message").asString()).contains("not/listed");
    assertThat(save(ren, Map.of("pronouns", List.of("she/her", "they/them", "any"))).error())
        .isEqualTo("invalid_pronoun");
    assertThat(save(ren, Map.of("pronouns", List.of())).status()).isEqualTo(200);
    assertThat(shown("ren")).isEqualTo("Ren");
  }

  @Test
  void theDomainServiceSetsAndChecksAPersonsPronouns() {
    site.anonymous().register("dee", "password-123");
    var pronouns = site.services().pronouns();
    var stores = Stores.create();
    LocalUserView dee = site.sql().withHandle(h -> {
      var person = stores.persons().readLocalByName(h, "dee").orElseThrow();
      return new LocalUserView(stores.localUsers().readByPerson(h, person.id()).orElseThrow(), person, List.of());
    });
    assertThat(pronouns.choicesFor(dee.person())).hasSize(29).startsWith("none/use name");
    assertThat(pronouns.set(dee, List.of("XE/xem"))).containsExactly("xe/xem");
    assertThat(shown("dee")).isEqualTo("dee [xe/xem]");
    assertThat(pronouns.set(dee, List.of())).isEmpty();
    assertThat(shown("dee")).isNull();
  }

  @Test
  void aDeletedAccountLosesItsPronouns() {
    var gone = site.anonymous().register("gone", "password-123");
    saveName(gone, "Gone [any]");
    gone.post("/api/v3/user/delete_account", Map.of("password", "password-123", "delete_content", false));
    assertThat(shown("gone")).isNull();
  }
}
