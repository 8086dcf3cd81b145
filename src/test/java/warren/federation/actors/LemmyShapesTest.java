package warren.federation.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static warren.testing.JsonShapes.assertContainsShape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.ApReader;
import warren.federation.protocol.ChatMessage;
import warren.federation.protocol.GroupActor;
import warren.federation.protocol.Note;
import warren.federation.protocol.ObjectRef;
import warren.federation.protocol.Page;
import warren.federation.protocol.PersonActor;
import warren.federation.protocol.Source;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/**
 * Warren's ActivityPub output has every field, with the same JSON type, of what Lemmy 0.19 sends
 * (the files under {@code shared/fixtures/activitypub/lemmy}). Actors, objects and collections
 * are built from real rows, made through the API and fetched over HTTP; activities are built by
 * {@link Activities} around those objects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LemmyShapesTest {
  static final Path LEMMY = Path.of("..", "shared", "fixtures", "activitypub", "lemmy");
  static final int FRENCH = 47;
  static final int GERMAN = 32;

  private TestSite site;
  private ApiClient ap;
  private int postId;
  private int commentId;
  private int deletedPostId;

  @BeforeAll
  void start() {
    site = TestSite.start();
    ApiClient admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open", "sidebar", "Enterprise **sidebar**",
        "description", "A test instance"));
    ApiClient picard = site.anonymous().register("picard", "password-123");
    ok(picard.put("/api/v3/user/save_user_settings", Map.of("display_name", "Jean-Luc Picard",
        "bio", "Captain of the starship **Enterprise**.", "avatar", "https://images.example/picard.jpg",
        "banner", "https://images.example/banner.png", "matrix_user_id", "@picard:matrix.org")));

    int community = ok(picard.post("/api/v3/community", Map.of("name", "tenforward", "title", "Ten Forward",
        "description", "Lounge and *recreation* facility", "icon", "https://images.example/icon.webp",
        "banner", "https://images.example/banner.jpg", "discussion_languages", List.of(FRENCH, GERMAN))))
        .at("/community_view/community/id").asInt();
    ok(picard.put("/api/v3/community", Map.of("community_id", community, "title", "Ten Forward")));

    postId = ok(picard.post("/api/v3/post", Map.of("name", "Post title", "community_id", community,
        "url", "https://images.example/eOtYb9iEiB.png", "body", "This is a post in the /c/tenforward community",
        "language_id", FRENCH, "custom_thumbnail", "https://images.example/thumb.png")))
        .at("/post_view/post/id").asInt();
    ok(picard.put("/api/v3/post", Map.of("post_id", postId, "body", "This is a post in the /c/tenforward community!")));
    ok(picard.post("/api/v3/post/feature", Map.of("post_id", postId, "featured", true, "feature_type", "Community")));
    site.sql().useHandle(h -> h.execute("update post set thumbnail_url = 'https://images.example/thumb.png' where id = ?",
        postId));

    commentId = ok(picard.post("/api/v3/comment", Map.of("post_id", postId, "content", "first comment!",
        "language_id", FRENCH))).at("/comment_view/comment/id").asInt();
    ok(picard.put("/api/v3/comment", Map.of("comment_id", commentId, "content", "first comment, edited!")));

    deletedPostId = ok(picard.post("/api/v3/post", Map.of("name", "Gone soon", "community_id", community)))
        .at("/post_view/post/id").asInt();
    ok(picard.post("/api/v3/post/delete", Map.of("post_id", deletedPostId, "deleted", true)));

    ap = site.anonymous().withHeader("Accept", ApJson.CONTENT_TYPE);
  }

  @AfterAll
  void stop() {
    site.close();
  }

  static JsonNode ok(ApiClient.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static JsonNode fixture(String relative) throws IOException {
    return ApJson.parse(Files.readAllBytes(LEMMY.resolve(relative)));
  }

  JsonNode served(String path, int status) {
    var r = ap.get(path);
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).contains(ApJson.CONTENT_TYPE);
    JsonNode json = r.json();
    assertThat(json.get("@context")).as("context of " + path).isEqualTo(ApJson.MAPPER.valueToTree(ApJson.LEMMY_CONTEXT));
    return json;
  }

  JsonNode served(String path) {
    return served(path, 200);
  }

  @Test
  void actors() throws IOException {
    assertContainsShape(fixture("objects/person.json"), served("/u/picard"));
    assertContainsShape(fixture("objects/group.json"), served("/c/tenforward"));
    assertContainsShape(fixture("objects/instance.json"), served("/"));
  }

  /** These two fixtures hold every field Lemmy sends an actor; Warren sends no others. */
  @Test
  void actorsHaveNoFieldsLemmyLacks() throws IOException {
    for (var pair : List.of(List.of("objects/person.json", "/u/picard"), List.of("objects/group.json", "/c/tenforward"))) {
      var theirs = new java.util.TreeSet<>(fixture(pair.get(0)).propertyNames());
      theirs.add("@context");
      assertThat(new java.util.TreeSet<>(served(pair.get(1)).propertyNames())).isEqualTo(theirs);
    }
  }

  @Test
  void postAndComment() throws IOException {
    assertContainsShape(fixture("objects/page.json"), served("/post/" + postId));
    assertContainsShape(fixture("objects/note.json"), served("/comment/" + commentId));
    assertContainsShape(fixture("objects/tombstone.json"), served("/post/" + deletedPostId, 410));
  }

  @Test
  void collections() throws IOException {
    // Lemmy 0.19 no longer sends stickied: pinning travels as Add/Remove to featured.
    assertContainsShape(fixture("collections/group_outbox.json"), served("/c/tenforward/outbox"),
        Set.of("orderedItems[].object.object.stickied"));
    assertContainsShape(fixture("collections/group_followers.json"), served("/c/tenforward/followers"));
    assertContainsShape(fixture("collections/group_moderators.json"), served("/c/tenforward/moderators"));
    assertContainsShape(fixture("collections/group_featured_posts.json"), served("/c/tenforward/featured"));
    assertContainsShape(fixture("collections/person_outbox.json"), served("/u/picard/outbox"));
  }

  @Test
  void activities() throws IOException {
    String origin = "http://warren.test";
    PersonActor picard = (PersonActor) ApReader.read(served("/u/picard"));
    GroupActor group = (GroupActor) ApReader.read(served("/c/tenforward"));
    Page page = (Page) ApReader.read(served("/post/" + postId));
    Note note = (Note) ApReader.read(served("/comment/" + commentId));
    String me = picard.id();
    String remote = "http://lemmy-alpha:8541/u/lemmy_alpha";

    Activity createPage = Activities.createOrUpdate(Activities.newId(origin, ActivityType.Create), ActivityType.Create,
        me, page);
    Activity follow = Activities.follow(Activities.newId(origin, ActivityType.Follow), me, group.id());
    Activity like = Activities.vote(Activities.newId(origin, ActivityType.Like), ActivityType.Like, me, note.id(),
        group.id());
    Activity dislike = Activities.vote(Activities.newId(origin, ActivityType.Dislike), ActivityType.Dislike, me,
        page.id(), group.id());
    Activity delete = Activities.delete(Activities.newId(origin, ActivityType.Delete), me, page.id(), group.id(), null);
    Activity remove = Activities.delete(Activities.newId(origin, ActivityType.Delete), me, note.id(), group.id(),
        "bad comment");
    Activity block = Activities.block(Activities.newId(origin, ActivityType.Block), me, remote, group.id(),
        List.of(group.id()), group.id(), "spam post", true, Instant.parse("2030-01-01T00:00:00Z"));
    Activity lock = Activities.lock(Activities.newId(origin, ActivityType.Lock), me, page.id(), group.id());
    ChatMessage message = new ChatMessage("ChatMessage", origin + "/private_message/1", ObjectRef.of(me),
        List.of(remote), "<p>hello</p>\n", "text/html", Source.markdown("hello"), Instant.now(), null);
    Activity deleteMessage = Activities.deletePrivateMessage(Activities.newId(origin, ActivityType.Delete), me,
        message.id(), remote);

    Map<String, Activity> built = new java.util.LinkedHashMap<>();
    built.put("create_or_update/create_page.json", createPage);
    built.put("create_or_update/update_page.json", Activities.createOrUpdate(
        Activities.newId(origin, ActivityType.Update), ActivityType.Update, me, page));
    built.put("create_or_update/create_note.json", Activities.createOrUpdate(
        Activities.newId(origin, ActivityType.Create), ActivityType.Create, me, note));
    built.put("create_or_update/create_private_message.json", Activities.createOrUpdate(
        Activities.newId(origin, ActivityType.Create), ActivityType.Create, me, message));
    built.put("community/announce_create_page.json", Activities.announce(Activities.newAnnounceId(origin, "Create"),
        group.id(), group.followers(), createPage));
    built.put("following/follow.json", follow);
    built.put("following/accept.json", Activities.accept(Activities.newId(origin, ActivityType.Accept), group.id(),
        follow));
    built.put("following/undo_follow.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me, follow));
    built.put("voting/like_note.json", like);
    built.put("voting/dislike_page.json", dislike);
    built.put("voting/undo_like_note.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me, like));
    built.put("voting/undo_dislike_page.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me,
        Activities.vote(Activities.newId(origin, ActivityType.Like), ActivityType.Like, me, page.id(), group.id())));
    built.put("deletion/delete_page.json", delete);
    built.put("deletion/remove_note.json", remove);
    built.put("deletion/undo_delete_page.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me, delete));
    built.put("deletion/undo_remove_note.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me, remove));
    built.put("deletion/delete_user.json", Activities.deleteUser(Activities.newId(origin, ActivityType.Delete), me, true));
    built.put("deletion/delete_private_message.json", deleteMessage);
    built.put("deletion/undo_delete_private_message.json", Activities.undo(
        Activities.newId(origin, ActivityType.Undo), me, deleteMessage));
    built.put("block/block_user.json", block);
    built.put("block/undo_block_user.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me, block));
    built.put("community/add_mod.json", Activities.collection(Activities.newId(origin, ActivityType.Add),
        ActivityType.Add, me, remote, group.id() + "/moderators", group.id()));
    built.put("community/remove_mod.json", Activities.collection(Activities.newId(origin, ActivityType.Remove),
        ActivityType.Remove, me, remote, group.id() + "/moderators", group.id()));
    built.put("community/add_featured_post.json", Activities.collection(Activities.newId(origin, ActivityType.Add),
        ActivityType.Add, me, page.id(), group.featured(), group.id()));
    built.put("community/remove_featured_post.json", Activities.collection(
        Activities.newId(origin, ActivityType.Remove), ActivityType.Remove, me, page.id(), group.featured(), group.id()));
    built.put("community/lock_page.json", lock);
    built.put("community/undo_lock_page.json", Activities.undo(Activities.newId(origin, ActivityType.Undo), me, lock));
    built.put("community/update_community.json", Activities.updateGroup(Activities.newId(origin, ActivityType.Update),
        me, group));
    built.put("community/report_page.json", Activities.flag(Activities.newId(origin, ActivityType.Flag), me,
        group.id(), page.id(), "report this post"));

    try (var files = Files.walk(LEMMY.resolve("activities"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> LEMMY.resolve("activities").relativize(p).toString()))
          .as("every Lemmy activity has a Warren counterpart here").containsExactlyInAnyOrderElementsOf(built.keySet());
    }
    for (var e : built.entrySet()) {
      // The old announce fixture still carries stickied and commentsEnabled, which 0.19 dropped.
      Set<String> ignored = Set.of("object.object.stickied", "object.object.commentsEnabled");
      try {
        assertContainsShape(fixture("activities/" + e.getKey()), ApJson.document(e.getValue()), ignored);
      } catch (AssertionError err) {
        throw new AssertionError(e.getKey() + ": " + err.getMessage(), err);
      }
      // What Warren sends reads back as what it is.
      assertThat(ApReader.read(ApJson.document(e.getValue()))).isInstanceOf(Activity.class);
    }
  }

  @Test
  void chatMessageObject() throws IOException {
    ChatMessage message = new ChatMessage("ChatMessage", "http://warren.test/private_message/1",
        ObjectRef.of("http://warren.test/u/picard"), List.of("http://lemmy-alpha:8541/u/lemmy_alpha"), "<p>hi</p>\n",
        "text/html", Source.markdown("hi"), Instant.now(), null);
    assertContainsShape(fixture("objects/chat_message.json"), ApJson.document(message));
  }
}
