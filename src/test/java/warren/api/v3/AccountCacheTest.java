package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/**
 * Each node keeps the accounts behind recent tokens in memory. Whatever changes an account must
 * show on the node that made the change at once, and on every other node of the same database
 * within moments: logout, settings, bans, and changes made straight in SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountCacheTest {
  private static final long OTHER_NODE_MILLIS = 2_000;

  private TestSite nodeA;
  private TestSite nodeB;

  @BeforeAll
  void start() {
    nodeA = TestSite.start();
    nodeA.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    nodeB = nodeA.anotherNode();
  }

  @AfterAll
  void stop() {
    nodeB.close();
    nodeA.close();
  }

  private static JsonNode myUser(ApiClient c) {
    return c.get("/api/v3/site").json().path("my_user");
  }

  private static String displayName(ApiClient c) {
    return myUser(c).path("local_user_view").path("person").path("display_name").stringValue(null);
  }

  /** Polls {@code c}'s view of itself until {@code done}; returns the milliseconds it took. */
  private static long until(ApiClient c, Predicate<JsonNode> done) throws InterruptedException {
    long start = System.nanoTime();
    while (!done.test(myUser(c))) {
      assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds waited").isLessThan(OTHER_NODE_MILLIS);
      Thread.sleep(10);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private ApiClient newUser(String name) {
    nodeA.anonymous().register(name, "password-123");
    return nodeA.anonymous().login(name, "password-123");
  }

  @Test
  void theNodeThatMadeAChangeShowsItOnTheNextRequest() {
    ApiClient a = newUser("same_node");
    for (int i = 0; i < 20; i++) {
      assertThat(displayName(a)).isEqualTo(i == 0 ? null : "name " + (i - 1)); // read, and so remembered
      assertThat(a.put("/api/v3/user/save_user_settings", Map.of("display_name", "name " + i)).status())
          .isEqualTo(200);
      assertThat(displayName(a)).isEqualTo("name " + i);
      boolean nsfw = i % 2 == 0;
      a.put("/api/v3/user/save_user_settings", Map.of("show_nsfw", nsfw));
      assertThat(myUser(a).path("local_user_view").path("local_user").path("show_nsfw").asBoolean()).isEqualTo(nsfw);
    }
    assertThat(a.post("/api/v3/user/logout", Map.of()).status()).isEqualTo(200);
    assertThat(myUser(a).isMissingNode()).as("signed out at once").isTrue();
  }

  @Test
  void otherNodesDropAChangedAccountWithinMoments() throws InterruptedException {
    ApiClient onA = newUser("two_nodes");
    ApiClient onB = new ApiClient(nodeB.baseUrl(), onA.token());
    assertThat(displayName(onB)).isNull();
    assertThat(displayName(onB)).isNull(); // now from B's memory

    onA.put("/api/v3/user/save_user_settings", Map.of("display_name", "Renamed on A"));
    until(onB, u -> "Renamed on A".equals(u.path("local_user_view").path("person").path("display_name").stringValue(null)));

    onA.post("/api/v3/user/logout", Map.of());
    until(onB, JsonNode::isMissingNode);
  }

  @Test
  void aBanOnOneNodeSignsTheAccountOutOnTheOthers() throws InterruptedException {
    ApiClient onA = newUser("banned_elsewhere");
    ApiClient onB = new ApiClient(nodeB.baseUrl(), onA.token());
    int personId = myUser(onB).path("local_user_view").path("person").path("id").asInt();
    assertThat(personId).isPositive();
    assertThat(nodeA.admin().post("/api/v3/user/ban", Map.of("person_id", personId, "ban", true)).status())
        .isEqualTo(200);
    until(onB, JsonNode::isMissingNode);
  }

  @Test
  void aChangeMadeInSqlReachesEveryNode() throws InterruptedException {
    ApiClient onA = newUser("changed_in_sql");
    ApiClient onB = new ApiClient(nodeB.baseUrl(), onA.token());
    assertThat(displayName(onA)).isNull();
    assertThat(displayName(onB)).isNull();
    nodeA.sql().useHandle(h -> h.execute("update person set display_name = 'Set by hand' where name = 'changed_in_sql'"));
    until(onA, u -> "Set by hand".equals(u.path("local_user_view").path("person").path("display_name").stringValue(null)));
    until(onB, u -> "Set by hand".equals(u.path("local_user_view").path("person").path("display_name").stringValue(null)));
    nodeA.sql().useHandle(h -> h.execute("delete from login_token where token = ?", onA.token()));
    until(onA, JsonNode::isMissingNode);
    until(onB, JsonNode::isMissingNode);
  }

  @Test
  void votesOnAPersonsContentSendNoNoticeButEveryPartOfAnAccountDoes() {
    ApiClient a = newUser("voted_on");
    var me = myUser(a).path("local_user_view");
    int personId = me.path("person").path("id").asInt();
    int localUserId = me.path("local_user").path("id").asInt();
    List<String> sent = nodeA.sql().withHandle(h -> {
      h.execute("listen warren_account");
      h.execute("update person set post_score = post_score + 1, comment_score = comment_score + 1 where id = ?", personId);
      h.execute("update person set bio = 'changed' where id = ?", personId);
      h.execute("delete from local_user_language where local_user_id = ? and language_id = 0", localUserId);
      h.execute("update local_user set show_bot_accounts = false where id = ?", localUserId);
      h.execute("delete from login_token where user_id = ?", localUserId);
      try {
        var notes = h.getConnection().unwrap(org.postgresql.PGConnection.class).getNotifications(2_000);
        h.execute("unlisten warren_account");
        return notes == null ? List.<String>of() : Arrays.stream(notes).map(n -> n.getParameter()).toList();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    // Each autocommitted statement is its own transaction, so repeats are not folded here.
    assertThat(sent).containsExactly("p" + personId, "u" + localUserId, "u" + localUserId, "u" + localUserId);
  }

  /**
   * Proof that the memory is used at all, and that it is dropped whole when notices stop: a change
   * that sends no notice (its trigger disabled) is not seen by a node that remembers the account,
   * until that node's listening connection is cut; then the node reads the account again.
   */
  @Test
  void whenNoticesStopTheNodeForgetsAndReadsAgain() throws InterruptedException {
    ApiClient onB = new ApiClient(nodeB.baseUrl(), newUser("silent_change").token());
    assertThat(displayName(onB)).isNull();
    nodeA.sql().useHandle(h -> {
      h.execute("alter table person disable trigger local_person_notice");
      h.execute("update person set display_name = 'Unannounced' where name = 'silent_change'");
      h.execute("alter table person enable trigger local_person_notice");
    });
    assertThat(displayName(onB)).as("remembered").isNull();
    int cut = nodeA.sql().withHandle(h -> h.createQuery(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity where query = 'listen warren_account' and datname = current_database()")
        .mapTo(Integer.class).one());
    assertThat(cut).as("both nodes' listeners").isEqualTo(2);
    until(onB, u -> "Unannounced".equals(u.path("local_user_view").path("person").path("display_name").stringValue(null)));
  }
}
