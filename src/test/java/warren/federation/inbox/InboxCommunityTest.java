package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.protocol.ApJson;
import warren.testing.ApDocs;

/** A remote community's moderators at work: bans, and edits of the community itself. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxCommunityTest {
  private InboxRig rig;

  @BeforeAll
  void start() {
    rig = new InboxRig();
  }

  @AfterAll
  void stop() {
    rig.close();
  }

  @Test
  void aBannedPersonCannotPostUntilTheBanIsUndone() {
    var block = ApDocs.inCommunity("Block", rig.bob, rig.eve.id(), rig.main.id()).put("target", rig.main.id())
        .put("summary", "trolling").put("removeData", false);
    rig.ok(rig.main, ApDocs.announce(rig.main, block));
    String banned = "select count(*) from community_actions ca join person p on p.id = ca.person_id"
        + " where p.actor_id = ? and ca.community_id = ? and ca.received_ban is not null";
    assertThat(rig.count(banned, rig.eve.id(), rig.mainId)).isEqualTo(1);

    String post = rig.remote.url("/post/61");
    var create = ApDocs.inCommunity("Create", rig.eve, ApDocs.page(post, rig.eve.id(), rig.main.id(), "Still here"),
        rig.main.id());
    var refused = rig.send(rig.eve, create);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("banned_from_community");

    rig.ok(rig.main, ApDocs.announce(rig.main, ApDocs.inCommunity("Undo", rig.bob, block, rig.main.id())));
    assertThat(rig.count(banned, rig.eve.id(), rig.mainId)).isZero();
    ((ObjectNode) create).put("id", ApDocs.newId(rig.remote, "Create"));
    rig.ok(rig.eve, create);
  }

  @Test
  void aModeratorUpdatesTheGroup() {
    ObjectNode group = ApJson.tree(rig.main.document());
    group.put("name", "Main Street").put("summary", "<p>All about <em>main</em></p>").put("sensitive", true)
        .put("updated", "2024-08-01T00:00:00Z");
    rig.ok(rig.bob, ApDocs.inCommunity("Update", rig.bob, group, rig.main.id()));
    assertThat(rig.row("select title, description, nsfw from community where id = ?", rig.mainId))
        .containsEntry("title", "Main Street").containsEntry("description", "All about *main*")
        .containsEntry("nsfw", true);
  }

  @Test
  void localCommunitiesAreNotEditedFromElsewhere() {
    ObjectNode group = ApDocs.object().put("type", "Group").put("id", rig.localActor).put("preferredUsername", "local")
        .put("name", "Taken over").put("inbox", rig.localActor + "/inbox").put("outbox", rig.localActor + "/outbox");
    group.putObject("publicKey").put("id", rig.localActor + "#main-key").put("owner", rig.localActor)
        .put("publicKeyPem", rig.bob.keys().publicPem());
    var r = rig.send(rig.bob, ApDocs.inCommunity("Update", rig.bob, group, rig.localActor));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(rig.row("select title from community where id = ?", rig.localId)).containsEntry("title", "Local");
  }
}
