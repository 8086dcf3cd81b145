package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.testing.ApiClient;
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;
import warren.testing.TsTypes;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityApiTest {
  private TestSite site;
  private ApiClient admin;
  private ApiClient alice;
  private ApiClient bob;
  private TsTypes types;

  @BeforeAll
  void start() {
    types = new TsTypes(LemmyJsClient.typesDir());
    site = TestSite.start();
    admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("alice", "password-123");
    bob = site.anonymous().register("bob", "password-123");
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private JsonNode create(ApiClient who, String name, Map<String, Object> extra) {
    var form = new java.util.HashMap<String, Object>(Map.of("name", name, "title", name + " title"));
    form.putAll(extra);
    var r = who.post("/api/v3/community", form);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(types.check("CommunityResponse", r.json())).isEmpty();
    return r.json().get("community_view");
  }

  @Test
  void theCreatorModeratesAndFollows() {
    JsonNode view = create(alice, "gardening", Map.of("description", "Plants"));
    assertThat(view.at("/community/actor_id").asString()).isEqualTo("http://warren.test/c/gardening");
    assertThat(view.get("subscribed").asString()).isEqualTo("Subscribed");
    assertThat(view.at("/counts/subscribers").asInt()).isEqualTo(1);
    assertThat(view.at("/counts/subscribers_local").asInt()).isEqualTo(1);
    int id = view.at("/community/id").asInt();

    var got = site.anonymous().get("/api/v3/community", Map.of("id", id));
    assertThat(types.check("GetCommunityResponse", got.json())).isEmpty();
    assertThat(got.json().at("/moderators/0/moderator/name").asString()).isEqualTo("alice");
    assertThat(got.json().at("/community_view/subscribed").asString()).isEqualTo("NotSubscribed");
    assertThat(site.anonymous().get("/api/v3/community", Map.of("name", "Gardening")).status()).isEqualTo(200);
    assertThat(site.anonymous().get("/api/v3/community", Map.of("name", "gardening@warren.test")).status())
        .isEqualTo(200);
    assertThat(site.anonymous().get("/api/v3/community", Map.of("name", "nothing_here")).error())
        .isEqualTo("couldnt_find_community");

    var mine = alice.get("/api/v3/site").json().get("my_user");
    assertThat(mine.get("moderates").valueStream().map(m -> m.at("/community/name").asString())).contains("gardening");
    assertThat(mine.get("follows").valueStream().map(m -> m.at("/community/name").asString())).contains("gardening");
  }

  @Test
  void namesAreCheckedAndUnique() {
    create(alice, "unique_one", Map.of());
    var dupe = bob.post("/api/v3/community", Map.of("name", "Unique_One", "title", "again"));
    assertThat(dupe.error()).isEqualTo("community_already_exists");
    assertThat(bob.post("/api/v3/community", Map.of("name", "no spaces", "title", "x")).error()).isEqualTo("invalid_name");
    assertThat(site.anonymous().post("/api/v3/community", Map.of("name", "anon", "title", "x")).status()).isEqualTo(401);
    admin.put("/api/v3/site", Map.of("community_creation_admin_only", true));
    try {
      assertThat(bob.post("/api/v3/community", Map.of("name", "bobs", "title", "x")).error())
          .isEqualTo("only_admins_can_create_communities");
    } finally {
      admin.put("/api/v3/site", Map.of("community_creation_admin_only", false));
    }
  }

  @Test
  void onlyModeratorsAndAdminsEdit() {
    int id = create(alice, "editable", Map.of()).at("/community/id").asInt();
    assertThat(bob.put("/api/v3/community", Map.of("community_id", id, "title", "Mine now")).error())
        .isEqualTo("not_a_mod_or_admin");
    var edited = alice.put("/api/v3/community", Map.of("community_id", id, "title", "Edited", "nsfw", true,
        "description", "New words", "discussion_languages", List.of(0, 37)));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().at("/community_view/community/title").asString()).isEqualTo("Edited");
    assertThat(edited.json().at("/community_view/community/nsfw").asBoolean()).isTrue();
    assertThat(edited.json().get("discussion_languages").valueStream().map(JsonNode::asInt).toList())
        .containsExactly(0, 37);
    assertThat(admin.put("/api/v3/community", Map.of("community_id", id, "description", "")).status())
        .isEqualTo(200);
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).json().at("/community_view/community")
        .has("description")).isFalse();
  }

  @Test
  void followingCountsSubscribers() {
    int id = create(alice, "followable", Map.of()).at("/community/id").asInt();
    var f = bob.post("/api/v3/community/follow", Map.of("community_id", id, "follow", true));
    assertThat(f.json().at("/community_view/subscribed").asString()).isEqualTo("Subscribed");
    assertThat(f.json().at("/community_view/counts/subscribers").asInt()).isEqualTo(2);
    assertThat(f.json().at("/community_view/counts/subscribers_local").asInt()).isEqualTo(2);
    bob.post("/api/v3/community/follow", Map.of("community_id", id, "follow", true));
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).json()
        .at("/community_view/counts/subscribers").asInt()).as("following twice counts once").isEqualTo(2);
    var u = bob.post("/api/v3/community/follow", Map.of("community_id", id, "follow", false));
    assertThat(u.json().at("/community_view/subscribed").asString()).isEqualTo("NotSubscribed");
    assertThat(u.json().at("/community_view/counts/subscribers").asInt()).isEqualTo(1);
  }

  @Test
  void listsFilterAndSort() {
    create(alice, "list_old", Map.of());
    create(alice, "list_nsfw", Map.of("nsfw", true));
    create(alice, "list_new", Map.of());
    List<String> newest = names(site.anonymous().get("/api/v3/community/list", Map.of("sort", "New", "limit", 50)));
    assertThat(newest).containsSubsequence("list_new", "list_old").doesNotContain("list_nsfw");
    List<String> oldest = names(site.anonymous().get("/api/v3/community/list", Map.of("sort", "Old", "limit", 50)));
    assertThat(oldest).containsSubsequence("list_old", "list_new");
    assertThat(names(site.anonymous().get("/api/v3/community/list",
        Map.of("sort", "New", "show_nsfw", true, "limit", 50)))).contains("list_nsfw");
    int oldId = site.anonymous().get("/api/v3/community", Map.of("name", "list_old")).json()
        .at("/community_view/community/id").asInt();
    bob.post("/api/v3/community/follow", Map.of("community_id", oldId, "follow", true));
    assertThat(names(bob.get("/api/v3/community/list", Map.of("type_", "Subscribed", "limit", 50))))
        .containsExactly("list_old");
    assertThat(names(alice.get("/api/v3/community/list", Map.of("type_", "ModeratorView", "limit", 50))))
        .contains("list_old", "list_new");
    var page = site.anonymous().get("/api/v3/community/list", Map.of("sort", "New", "limit", 1, "page", 2));
    assertThat(names(page)).hasSize(1);
    assertThat(site.anonymous().get("/api/v3/community/list", Map.of("limit", 51)).error()).isEqualTo("invalid_body");
    assertThat(site.anonymous().get("/api/v3/community/list", Map.of("sort", "Sideways")).error()).isEqualTo("invalid_body");
  }

  @Test
  void blockingHidesAndUnfollows() {
    int id = create(alice, "blockable", Map.of()).at("/community/id").asInt();
    bob.post("/api/v3/community/follow", Map.of("community_id", id, "follow", true));
    var b = bob.post("/api/v3/community/block", Map.of("community_id", id, "block", true));
    assertThat(types.check("BlockCommunityResponse", b.json())).isEmpty();
    assertThat(b.json().at("/community_view/blocked").asBoolean()).isTrue();
    assertThat(b.json().at("/community_view/subscribed").asString()).isEqualTo("NotSubscribed");
    assertThat(names(bob.get("/api/v3/community/list", Map.of("sort", "New", "limit", 50)))).doesNotContain("blockable");
    assertThat(bob.get("/api/v3/site").json().at("/my_user/community_blocks/0/community/name").asString())
        .isEqualTo("blockable");
    bob.post("/api/v3/community/block", Map.of("community_id", id, "block", false));
    assertThat(names(bob.get("/api/v3/community/list", Map.of("sort", "New", "limit", 50)))).contains("blockable");
  }

  @Test
  void onlyTheTopModeratorDeletesAndAdminsHide() {
    int id = create(alice, "deletable", Map.of()).at("/community/id").asInt();
    assertThat(bob.post("/api/v3/community/delete", Map.of("community_id", id, "deleted", true)).error())
        .isEqualTo("not_a_mod_or_admin");
    var d = alice.post("/api/v3/community/delete", Map.of("community_id", id, "deleted", true));
    assertThat(d.json().at("/community_view/community/deleted").asBoolean()).isTrue();
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).error()).isEqualTo("couldnt_find_community");
    assertThat(names(site.anonymous().get("/api/v3/community/list", Map.of("sort", "New", "limit", 50))))
        .doesNotContain("deletable");
    alice.post("/api/v3/community/delete", Map.of("community_id", id, "deleted", false));
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).status()).isEqualTo(200);

    assertThat(alice.put("/api/v3/community/hide", Map.of("community_id", id, "hidden", true)).error())
        .isEqualTo("not_an_admin");
    assertThat(admin.put("/api/v3/community/hide", Map.of("community_id", id, "hidden", true)).status()).isEqualTo(200);
    assertThat(names(site.anonymous().get("/api/v3/community/list", Map.of("sort", "New", "limit", 50))))
        .doesNotContain("deletable");
    assertThat(names(alice.get("/api/v3/community/list", Map.of("sort", "New", "limit", 50))))
        .as("followers still see a hidden community").contains("deletable");
  }

  @Test
  void onlyAdminsRemoveAndRestore() {
    int id = create(alice, "removable", Map.of()).at("/community/id").asInt();
    var form = Map.<String, Object>of("community_id", id, "removed", true, "reason", "spam");
    assertThat(alice.post("/api/v3/community/remove", form).error()).isEqualTo("not_an_admin");
    assertThat(admin.post("/api/v3/community/remove", Map.of("community_id", id, "removed", true,
        "reason", "x".repeat(10_001))).error()).isEqualTo("invalid_body_field");
    var r = admin.post("/api/v3/community/remove", form);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(types.check("CommunityResponse", r.json())).isEmpty();
    assertThat(r.json().at("/community_view/community/removed").asBoolean()).isTrue();
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).error()).isEqualTo("couldnt_find_community");
    assertThat(names(site.anonymous().get("/api/v3/community/list", Map.of("sort", "New", "limit", 50))))
        .doesNotContain("removable");
    var restored = admin.post("/api/v3/community/remove", Map.of("community_id", id, "removed", false));
    assertThat(restored.json().at("/community_view/community/removed").asBoolean()).isFalse();
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).status()).isEqualTo(200);
  }

  @Test
  void moderatorsBanAndTheBanHolds() {
    int id = create(alice, "bannable", Map.of()).at("/community/id").asInt();
    ApiClient dave = site.anonymous().register("dave", "password-123");
    int daveId = dave.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
    int adminId = admin.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
    dave.post("/api/v3/community/follow", Map.of("community_id", id, "follow", true));
    int post = dave.post("/api/v3/post", Map.of("name", "Buy things", "community_id", id)).json()
        .at("/post_view/post/id").asInt();

    assertThat(dave.post("/api/v3/community/ban_user", Map.of("community_id", id, "person_id", adminId, "ban", true))
        .error()).isEqualTo("not_a_mod_or_admin");
    assertThat(alice.post("/api/v3/community/ban_user", Map.of("community_id", id, "person_id", adminId, "ban", true))
        .error()).isEqualTo("not_higher_admin");
    assertThat(alice.post("/api/v3/community/ban_user", Map.of("community_id", id, "person_id", daveId, "ban", true,
        "expires", 1000)).error()).isEqualTo("invalid_unix_time");
    var r = alice.post("/api/v3/community/ban_user", Map.of("community_id", id, "person_id", daveId, "ban", true,
        "remove_data", true, "reason", "spam"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(types.check("BanFromCommunityResponse", r.json())).isEmpty();
    assertThat(r.json().get("banned").asBoolean()).isTrue();
    assertThat(r.json().at("/person_view/person/id").asInt()).isEqualTo(daveId);

    assertThat(admin.get("/api/v3/post", Map.of("id", post)).json().at("/post_view/post/removed").asBoolean()).isTrue();
    assertThat(admin.get("/api/v3/post", Map.of("id", post)).json().at("/post_view/creator_banned_from_community")
        .asBoolean()).isTrue();
    assertThat(dave.post("/api/v3/post", Map.of("name", "Again", "community_id", id)).error())
        .isEqualTo("banned_from_community");
    assertThat(dave.get("/api/v3/community", Map.of("id", id)).json().at("/community_view/subscribed").asString())
        .isEqualTo("NotSubscribed");

    alice.post("/api/v3/community/ban_user", Map.of("community_id", id, "person_id", daveId, "ban", false,
        "remove_data", true));
    assertThat(admin.get("/api/v3/post", Map.of("id", post)).json().at("/post_view/post/removed").asBoolean()).isFalse();
    assertThat(dave.post("/api/v3/post", Map.of("name", "Sorry", "community_id", id)).status()).isEqualTo(200);
  }

  @Test
  void localOnlyCommunitiesNeedASignedInViewer() {
    int id = create(alice, "members_only", Map.of("visibility", "LocalOnly")).at("/community/id").asInt();
    assertThat(site.anonymous().get("/api/v3/community", Map.of("id", id)).status()).isEqualTo(404);
    assertThat(bob.get("/api/v3/community", Map.of("id", id)).status()).isEqualTo(200);
  }

  @Test
  void siteCountsCommunities() {
    long before = site.anonymous().get("/api/v3/site").json().at("/site_view/counts/communities").asLong();
    int id = create(alice, "counted", Map.of()).at("/community/id").asInt();
    assertThat(site.anonymous().get("/api/v3/site").json().at("/site_view/counts/communities").asLong())
        .isEqualTo(before + 1);
    alice.post("/api/v3/community/delete", Map.of("community_id", id, "deleted", true));
    assertThat(site.anonymous().get("/api/v3/site").json().at("/site_view/counts/communities").asLong())
        .isEqualTo(before);
  }

  private static List<String> names(ApiClient.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("communities").valueStream().map(c -> c.at("/community/name").asString()).toList();
  }
}
