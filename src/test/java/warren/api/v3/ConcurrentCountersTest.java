package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/** Counters stay exact when many people vote, comment and delete at the same moment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCountersTest {
  private static final int PEOPLE = 12;
  private TestSite site;
  private final List<ApiClient> people = new ArrayList<>();
  private int community;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    for (int i = 0; i < PEOPLE; i++) people.add(site.anonymous().register("crowd_" + i, "password-123"));
    community = people.getFirst().post("/api/v3/community", Map.of("name", "crowded", "title", "Crowded")).json()
        .at("/community_view/community/id").asInt();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private void all(List<Callable<Object>> work) throws Exception {
    try (var pool = Executors.newFixedThreadPool(PEOPLE)) {
      for (var f : pool.invokeAll(work)) f.get();
    }
  }

  @Test
  void votesCommentsAndDeletesAtOnce() throws Exception {
    var author = people.getFirst();
    int post = author.post("/api/v3/post", Map.of("name", "Busy thread", "community_id", community)).json()
        .at("/post_view/post/id").asInt();
    int top = author.post("/api/v3/comment", Map.of("post_id", post, "content", "root")).json()
        .at("/comment_view/comment/id").asInt();

    List<Callable<Object>> work = new ArrayList<>();
    for (int i = 1; i < PEOPLE; i++) {
      ApiClient p = people.get(i);
      int score = i % 3 == 0 ? -1 : 1;
      work.add(() -> {
        p.post("/api/v3/post/like", Map.of("post_id", post, "score", score));
        p.post("/api/v3/comment/like", Map.of("comment_id", top, "score", score));
        for (int k = 0; k < 3; k++) p.post("/api/v3/comment", Map.of("post_id", post, "parent_id", top, "content", "r" + k));
        return null;
      });
    }
    all(work);

    int ups = (int) java.util.stream.IntStream.range(1, PEOPLE).filter(i -> i % 3 != 0).count();
    int downs = PEOPLE - 1 - ups;
    var pv = site.anonymous().get("/api/v3/post", Map.of("id", post)).json().at("/post_view/counts");
    assertThat(pv.get("upvotes").asInt()).isEqualTo(ups + 1);
    assertThat(pv.get("downvotes").asInt()).isEqualTo(downs);
    assertThat(pv.get("score").asInt()).isEqualTo(ups + 1 - downs);
    assertThat(pv.get("comments").asInt()).isEqualTo(1 + (PEOPLE - 1) * 3);
    var root = site.anonymous().get("/api/v3/comment", Map.of("id", top)).json().at("/comment_view/counts");
    assertThat(root.get("child_count").asInt()).isEqualTo((PEOPLE - 1) * 3);
    assertThat(root.get("score").asInt()).isEqualTo(ups + 1 - downs);

    // Everyone takes their vote back and deletes their replies, all at once.
    work = new ArrayList<>();
    for (int i = 1; i < PEOPLE; i++) {
      ApiClient p = people.get(i);
      work.add(() -> {
        p.post("/api/v3/post/like", Map.of("post_id", post, "score", 0));
        var replies = p.get("/api/v3/user", Map.of("username", p.get("/api/v3/site").json()
            .at("/my_user/local_user_view/person/name").asString(), "limit", 50)).json().get("comments");
        for (var c : replies) p.post("/api/v3/comment/delete", Map.of("comment_id", c.at("/comment/id").asInt(), "deleted", true));
        return null;
      });
    }
    all(work);
    pv = site.anonymous().get("/api/v3/post", Map.of("id", post)).json().at("/post_view/counts");
    assertThat(pv.get("score").asInt()).isEqualTo(1);
    assertThat(pv.get("comments").asInt()).isEqualTo(1);
    var c = site.anonymous().get("/api/v3/community", Map.of("id", community)).json().at("/community_view/counts");
    assertThat(c.get("comments").asInt()).isEqualTo(1);
    assertThat(c.get("posts").asInt()).isEqualTo(1);
    for (int i = 1; i < PEOPLE; i++) {
      var counts = site.anonymous().get("/api/v3/user", Map.of("username", "crowd_" + i)).json()
          .at("/person_view/counts");
      assertThat(counts.get("comment_count").asInt()).isZero();
    }
  }
}
