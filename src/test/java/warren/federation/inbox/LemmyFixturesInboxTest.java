package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.protocol.ApJson;
import warren.testing.ApDocs;
import warren.testing.FakeRemote;

/**
 * Lemmy's own activities (shared/fixtures/activitypub/lemmy), their hosts rewritten to the fake
 * remote's, received in the order a conversation would send them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LemmyFixturesInboxTest {
  private static final Path FIXTURES = Path.of("/work/shared/fixtures/activitypub/lemmy/activities");

  private InboxRig rig;
  private FakeRemote.RemoteActor alpha;
  private FakeRemote.RemoteActor beta;

  @BeforeAll
  void start() {
    rig = new InboxRig();
    alpha = rig.remote.person("lemmy_alpha");
    beta = rig.remote.person("lemmy_beta");
    rig.remote.serve("/post/1", ApDocs.page(rig.remote.url("/post/1"), alpha.id(), rig.main.id(), "Alpha's post"));
    rig.remote.serve("/post/2", ApDocs.page(rig.remote.url("/post/2"), alpha.id(), rig.main.id(), "Second post"));
  }

  @AfterAll
  void stop() {
    rig.close();
  }

  /** The fixture with every Lemmy test host made the fake remote, and {@code more} replaced too. */
  private ObjectNode fixture(String name, Map<String, String> more) {
    String json;
    try {
      json = Files.readString(FIXTURES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (var e : more.entrySet()) json = json.replace(e.getKey(), e.getValue());
    Map<String, String> hosts = new LinkedHashMap<>();
    hosts.put("https://enterprise.lemmy.ml", rig.remote.origin());
    hosts.put("http://enterprise.lemmy.ml", rig.remote.origin());
    hosts.put("https://ds9.lemmy.ml", rig.remote.origin());
    hosts.put("http://ds9.lemmy.ml", rig.remote.origin());
    hosts.put("http://lemmy-alpha:8541", rig.remote.origin());
    for (var e : hosts.entrySet()) json = json.replace(e.getKey(), e.getValue());
    return (ObjectNode) ApJson.MAPPER.readTree(json);
  }

  private ObjectNode fixture(String name) {
    return fixture(name, Map.of());
  }

  @Test
  @Order(1)
  void followAndUndoFollowOfALocalCommunity() {
    Map<String, String> toLocal = Map.of("http://enterprise.lemmy.ml/c/main", rig.localActor);
    rig.ok(alpha, fixture("following/follow.json", toLocal));
    String follows = "select count(*) from community_actions ca join person p on p.id = ca.person_id"
        + " where ca.community_id = ? and p.actor_id = ? and ca.followed is not null and not ca.follow_pending";
    assertThat(rig.count(follows, rig.localId, alpha.id())).isEqualTo(1);
    assertThat(rig.count("select subscribers from community where id = ?", rig.localId)).isEqualTo(2);
    rig.ok(alpha, fixture("following/undo_follow.json", toLocal));
    assertThat(rig.count(follows, rig.localId, alpha.id())).isZero();
    assertThat(rig.count("select subscribers from community where id = ?", rig.localId)).isEqualTo(1);
  }

  @Test
  @Order(2)
  void createNoteFetchesThePostItAnswers() {
    // The fixture's audience names a user, which Lemmy itself would refuse as a community.
    ObjectNode create = fixture("create_or_update/create_note.json");
    create.remove("audience");
    ((ObjectNode) create.get("object")).remove("audience");
    rig.ok(alpha, create);
    var row = rig.row("select c.content, p.ap_id, nlevel(c.path) as depth from comment c join post p on p.id = c.post_id"
        + " where c.ap_id = ?", rig.remote.url("/comment/1"));
    assertThat(row).containsEntry("content", "hello").containsEntry("ap_id", rig.remote.url("/post/1"))
        .containsEntry("depth", 2);
  }

  @Test
  @Order(3)
  void likeAndUndoLikeOfTheNote() {
    Map<String, String> community = Map.of("https://enterprise.lemmy.ml/c/tenforward", rig.main.id());
    rig.ok(alpha, fixture("voting/like_note.json", community));
    String score = "select score from comment where ap_id = ?";
    // alpha's Create already counted as alpha's own upvote; a Like by alpha is that same vote.
    assertThat(rig.count(score, rig.remote.url("/comment/1"))).isEqualTo(1);
    rig.ok(alpha, fixture("voting/undo_like_note.json", community));
    assertThat(rig.count(score, rig.remote.url("/comment/1"))).isZero();
  }

  @Test
  @Order(4)
  void announcedCreatePage() {
    rig.ok(rig.main, fixture("community/announce_create_page.json"));
    var row = rig.row("select p.name, c.actor_id, pr.actor_id as creator from post p join community c on c.id = p.community_id"
        + " join person pr on pr.id = p.creator_id where p.ap_id = ?", rig.remote.url("/post/7"));
    assertThat(row).containsEntry("name", "post 4").containsEntry("actor_id", rig.main.id())
        .containsEntry("creator", beta.id());
  }

  @Test
  @Order(5)
  void deleteAndUndoDeleteOfAPage() {
    Map<String, String> audience = Map.of("http://enterprise.lemmy.ml/u/main", "http://enterprise.lemmy.ml/c/main");
    rig.ok(alpha, fixture("deletion/delete_page.json", audience));
    assertThat(rig.row("select deleted from post where ap_id = ?", rig.remote.url("/post/1")))
        .containsEntry("deleted", true);
    rig.ok(alpha, fixture("deletion/undo_delete_page.json", audience));
    assertThat(rig.row("select deleted from post where ap_id = ?", rig.remote.url("/post/1")))
        .containsEntry("deleted", false);
  }

  @Test
  @Order(6)
  void lockAndFeatureByAModeratorOfTheCommunitysSite() {
    rig.ok(alpha, fixture("community/lock_page.json"));
    rig.ok(alpha, fixture("community/add_featured_post.json"));
    assertThat(rig.row("select locked, featured_community from post where ap_id = ?", rig.remote.url("/post/2")))
        .containsEntry("locked", true).containsEntry("featured_community", true);
  }
}
