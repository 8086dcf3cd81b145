package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.testing.ApDocs;

/**
 * What the inbox hands the outgoing side (the Accept of a follow, the Announce of activities in
 * local communities), inside the transaction; and microblog posts addressed to a community.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxHooksTest {
  private InboxRig rig;
  private final List<String> calls = new CopyOnWriteArrayList<>();

  @BeforeAll
  void start() {
    rig = new InboxRig();
    rig.site.services().inbound().hooks().use(new InboxHooks() {
      @Override
      public void followAccepted(Handle h, Activity follow, Community community, Person follower) {
        boolean stored = h.createQuery("select count(*) from community_actions where person_id = :p and community_id = :c"
            + " and followed is not null").bind("p", follower.id()).bind("c", community.id()).mapTo(Integer.class).one() == 1;
        calls.add("accept " + follow.id() + " " + community.name() + " " + follower.name() + " stored=" + stored);
      }

      @Override
      public Effect receivedInLocalCommunity(Handle h, Community community, JsonNode activity) {
        return w -> calls.add("announce " + activity.get("type").asString() + " in " + community.name());
      }
    });
  }

  @AfterAll
  void stop() {
    rig.site.services().inbound().hooks().use(null);
    rig.close();
  }

  @Test
  void aFollowOfALocalCommunityIsStoredAndHandedOverForTheAccept() {
    calls.clear();
    var follow = ApDocs.activity("Follow", rig.bob, rig.localActor);
    follow.putArray("to").add(rig.localActor);
    rig.ok(rig.bob, follow);
    assertThat(calls).containsExactly("accept " + follow.get("id").asString() + " local bob stored=true");
    var view = rig.carol.get("/api/v3/community", Map.of("id", rig.localId));
    assertThat(view.json().at("/community_view/counts/subscribers").asInt()).isEqualTo(2);

    var wrongTo = ApDocs.activity("Follow", rig.eve, rig.localActor);
    wrongTo.putArray("to").add(rig.main.id());
    assertThat(rig.send(rig.eve, wrongTo).statusCode()).isEqualTo(400);
  }

  @Test
  void aLocalOnlyCommunityTakesNoFollowFromElsewhere() {
    int hidden = rig.carol.post("/api/v3/community", Map.of("name", "inner", "title", "Inner", "visibility", "LocalOnly"))
        .json().at("/community_view/community/id").asInt();
    var r = rig.send(rig.eve, ApDocs.activity("Follow", rig.eve, "http://warren.test/c/inner"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
    assertThat(rig.count("select count(*) from community_actions where community_id = ? and followed is not null", hidden))
        .isEqualTo(1);
  }

  @Test
  void activitiesInLocalCommunitiesAreHandedOverToBeAnnounced() {
    calls.clear();
    int post = rig.localPost("Announce my votes");
    rig.ok(rig.eve, ApDocs.inCommunity("Like", rig.eve, "http://warren.test/post/" + post, rig.localActor));
    String c = rig.remote.url("/comment/hook");
    rig.ok(rig.eve, ApDocs.inCommunity("Create", rig.eve,
        ApDocs.note(c, rig.eve.id(), "http://warren.test/post/" + post, rig.localActor, "hello from afar"), rig.localActor));
    // In a remote community: that community announces, not us.
    String remotePost = rig.remotePost(50, rig.bob, "Elsewhere");
    rig.ok(rig.bob, ApDocs.inCommunity("Create", rig.bob, ApDocs.page(remotePost, rig.bob.id(), rig.main.id(), "Elsewhere"),
        rig.main.id()));
    assertThat(calls).containsExactly("announce Like in local", "announce Create in local");
  }

  @Test
  void aMicroblogNoteToACommunityBecomesAPost() {
    String id = rig.remote.url("/statuses/1");
    ObjectNode note = ApDocs.object().put("type", "Note").put("id", id).put("attributedTo", rig.bob.id())
        .put("content", "<p><a href=\"" + rig.localActor + "\" class=\"u-url mention\">@<span>local</span></a>"
            + " Not a good day <a href=\"https://m.example/tags/notproud\" class=\"mention hashtag\">#<span>notproud</span></a>"
            + "</p><p>more words</p>");
    note.putArray("to").add(ApDocs.PUBLIC);
    note.putArray("cc").add(rig.bob.id() + "/followers").add(rig.localActor);
    ObjectNode create = ApDocs.activity("Create", rig.bob, note);
    create.set("to", note.get("to"));
    create.set("cc", note.get("cc"));
    rig.ok(rig.bob, create);
    var row = rig.row("select name, body, community_id from post where ap_id = ?", id);
    assertThat(row.get("name")).isEqualTo("Not a good day #notproud");
    assertThat(row.get("community_id")).isEqualTo(rig.localId);
    assertThat((String) row.get("body")).contains("[\\#notproud](https://m.example/tags/notproud)");
  }
}
