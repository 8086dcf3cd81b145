package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/** Warren's own /api/v3/warren/pronouns: the allow-list that anyone reads and admins edit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PronounListApiTest {
  private static final String PATH = "/api/v3/warren/pronouns";
  private TestSite site;
  private ApiClient admin;
  private ApiClient bob;
  private List<String> defaults;

  @BeforeAll
  void start() {
    site = TestSite.start();
    admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    bob = site.anonymous().register("bob", "password-123");
    defaults = list();
  }

  @AfterEach
  void restoreTheDefaults() {
    admin.put(PATH, Map.of("pronouns", defaults));
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private List<String> list() {
    var r = site.anonymous().get(PATH);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().get("pronouns").forEach(v -> out.add(v.asString()));
    return out;
  }

  private String shown(String username) {
    return PronounsApiTest.shown(site, username);
  }

  /** The person's pronouns as stored, as text ("{a,b}"), or null for none. */
  private String storedPronouns(String username) {
    String sql = "select pronouns::text from person where name = :n";
    return site.sql().withHandle(h -> h.createQuery(sql).bind("n", username).mapTo(String.class).one());
  }

  @Test
  void anyoneReadsHexbearsListInItsOrder() {
    assertThat(defaults).hasSize(29).startsWith("none/use name", "any", "comrade/them")
        .endsWith("ze/hir", "ze/zir").contains("she/her", "they/them", "mirror/your pronouns").doesNotHaveDuplicates();
  }

  @Test
  void anAdminReplacesTheWholeList() {
    var r = admin.put(PATH, Map.of("pronouns", List.of(" they/them", "she/her", "he/him ", "fae/faer")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("pronouns").size()).isEqualTo(4);
    assertThat(list()).containsExactly("they/them", "she/her", "he/him", "fae/faer");
    // The new list decides what may be chosen.
    var carol = site.anonymous().register("carol", "password-123");
    carol.put("/api/v3/user/save_user_settings", Map.of("display_name", "Carol [Fae/Faer]"));
    assertThat(shown("carol")).isEqualTo("Carol [fae/faer]");
    carol.put("/api/v3/user/save_user_settings", Map.of("display_name", "Carol [any]"));
    assertThat(shown("carol")).isEqualTo("Carol [any]");
    assertThat(storedPronouns("carol")).isNull();
  }

  @Test
  void onlyAdminsEditTheList() {
    assertThat(bob.put(PATH, Map.of("pronouns", List.of("she/her"))).error()).isEqualTo("not_an_admin");
    assertThat(site.anonymous().put(PATH, Map.of("pronouns", List.of("she/her"))).error()).isEqualTo("incorrect_login");
    assertThat(list()).isEqualTo(defaults);
  }

  @Test
  void badListsAreRefusedWhole() {
    for (List<String> bad : List.of(List.of("she/her", ""), List.of("she/[her]"), List.of("she, her"),
        List.of("she/her", "SHE/HER"), List.of("x".repeat(33)), List.of("she\nher"))) {
      var r = admin.put(PATH, Map.of("pronouns", bad));
      assertThat(r.status()).as(bad.toString()).isEqualTo(400);
      assertThat(r.error()).as(bad.toString()).isEqualTo("invalid_pronoun");
      assertThat(r.json().get("message").asString()).isNotBlank();
    }
    var tooMany = IntStream.rangeClosed(1, 101).mapToObj(i -> "p" + i).toList();
    assertThat(admin.put(PATH, Map.of("pronouns", tooMany)).error()).isEqualTo("too_many_items");
    assertThat(admin.put(PATH, Map.of("clear_removed", true)).error()).isEqualTo("invalid_body");
    assertThat(list()).isEqualTo(defaults);
  }

  @Test
  void takingAValueOffTheListKeepsItForThoseWhoHaveItUntilTheAdminSaysOtherwise() {
    var dana = site.anonymous().register("dana", "password-123");
    dana.put("/api/v3/user/save_user_settings", Map.of("display_name", "Dana [comrade/them, any]"));
    var without = new ArrayList<>(defaults);
    without.remove("comrade/them");
    assertThat(admin.put(PATH, Map.of("pronouns", without)).status()).isEqualTo(200);

    assertThat(shown("dana")).isEqualTo("Dana [comrade/them, any]");
    // Dana's app sends the name back as it shows it: the value is still hers.
    assertThat(dana.put("/api/v3/user/save_user_settings", Map.of("display_name", "Dana [comrade/them, any]"))
        .status()).isEqualTo(200);
    assertThat(shown("dana")).isEqualTo("Dana [comrade/them, any]");
    // Nobody else can pick it any more: for them it is plain text.
    var eve = site.anonymous().register("eve", "password-123");
    eve.put("/api/v3/user/save_user_settings", Map.of("display_name", "Eve [comrade/them]"));
    assertThat(storedPronouns("eve")).isNull();
    assertThat(shown("eve")).isEqualTo("Eve [comrade/them]");

    assertThat(admin.put(PATH, Map.of("pronouns", without, "clear_removed", true)).status()).isEqualTo(200);
    assertThat(shown("dana")).isEqualTo("Dana [any]");
  }
}
