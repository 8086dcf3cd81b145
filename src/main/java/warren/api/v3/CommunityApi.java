package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.api.v3.json.CommunityModeratorView;
import warren.api.v3.json.CommunityView;
import warren.api.v3.json.SuccessResponse;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityForm;
import warren.http.Api;
import warren.http.Auth;
import warren.domain.Paging;

/** /api/v3/community: create, read, edit, list, follow, block, delete, remove, ban_user and hide. */
public final class CommunityApi implements HttpService {
  private final Communities communities;
  private final Auth auth;
  private final warren.domain.search.Resolve resolve;

  public CommunityApi(Communities communities, Auth auth, warren.domain.search.Resolve resolve) {
    this.communities = communities;
    this.auth = auth;
    this.resolve = resolve;
  }

  record GetCommunityResponse(CommunityView communityView, warren.api.v3.json.Site site,
      List<CommunityModeratorView> moderators, List<Integer> discussionLanguages) {}

  record CommunityResponse(CommunityView communityView, List<Integer> discussionLanguages) {}

  record ListCommunitiesResponse(List<CommunityView> communities) {}

  record BlockCommunityResponse(CommunityView communityView, boolean blocked) {}

  record GetForm(Integer id, String name) {}

  record ListForm(String type_, String sort, Boolean showNsfw, Integer page, Integer limit) {}

  record FollowForm(Integer communityId, Boolean follow) {}

  record BlockForm(Integer communityId, Boolean block) {}

  record DeleteForm(Integer communityId, Boolean deleted) {}

  record RemoveForm(Integer communityId, Boolean removed, String reason) {}

  record BanForm(Integer communityId, Integer personId, Boolean ban, Boolean removeData, String reason, Long expires) {}

  record BanFromCommunityResponse(warren.api.v3.json.PersonView personView, boolean banned) {}

  record HideForm(Integer communityId, Boolean hidden, String reason) {}

  record AddModForm(Integer communityId, Integer personId, Boolean added) {}

  record AddModToCommunityResponse(List<CommunityModeratorView> moderators) {}

  @Override
  public void routing(HttpRules rules) {
    rules.post("/community", this::create)
        .get("/community", this::get)
        .put("/community", this::edit)
        .get("/community/list", this::list)
        .post("/community/follow", this::follow)
        .post("/community/block", this::block)
        .post("/community/delete", this::delete)
        .post("/community/remove", this::remove)
        .post("/community/ban_user", this::ban)
        .put("/community/hide", this::hide)
        .post("/community/mod", this::addMod);
  }

  private void create(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommunityForm.class);
    Api.required(f.name(), "name");
    Api.required(f.title(), "title");
    Api.json(res, response(communities.create(user, f)));
  }

  private void get(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, GetForm.class);
    var viewer = auth.user(req);
    Communities.Details d;
    try {
      d = communities.get(f.id(), f.name(), viewer);
    } catch (warren.domain.DomainException e) {
      // As Lemmy, a signed-in user's name@host not known here is looked up at its site.
      if (e.type() != warren.domain.ErrorType.COULDNT_FIND_COMMUNITY || f.id() != null || viewer.isEmpty()
          || f.name() == null || !f.name().contains("@")) {
        throw e;
      }
      var found = resolve.resolve(viewer, "!" + f.name().trim().toLowerCase(java.util.Locale.ROOT));
      if (found.community() == null) throw e;
      d = communities.details(found.community().community().id(), viewer);
    }
    var details = d;
    Api.json(res, new GetCommunityResponse(CommunityView.of(d.view()), null,
        details.moderators().stream().map(p -> CommunityModeratorView.of(details.view().community(), p)).toList(),
        details.discussionLanguages()));
  }

  private void edit(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommunityForm.class);
    Api.required(f.communityId(), "community_id");
    Api.json(res, response(communities.edit(user, f)));
  }

  private void list(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, ListForm.class);
    Paging p = Paging.of(f.page(), f.limit());
    var list = communities.list(auth.user(req), f.type_(), f.sort(), Boolean.TRUE.equals(f.showNsfw()), p.page(),
        p.limit());
    Api.json(res, new ListCommunitiesResponse(list.stream().map(CommunityView::of).toList()));
  }

  private void follow(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, FollowForm.class);
    Api.json(res, response(communities.follow(user, Api.required(f.communityId(), "community_id"),
        Api.required(f.follow(), "follow"))));
  }

  private void block(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, BlockForm.class);
    boolean block = Api.required(f.block(), "block");
    var d = communities.block(user, Api.required(f.communityId(), "community_id"), block);
    Api.json(res, new BlockCommunityResponse(CommunityView.of(d.view()), block));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, DeleteForm.class);
    Api.json(res, response(communities.delete(user, Api.required(f.communityId(), "community_id"),
        Api.required(f.deleted(), "deleted"))));
  }

  private void remove(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, RemoveForm.class);
    Api.json(res, response(communities.remove(user, Api.required(f.communityId(), "community_id"),
        Api.required(f.removed(), "removed"), f.reason())));
  }

  private void ban(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, BanForm.class);
    boolean banned = Api.required(f.ban(), "ban");
    var done = communities.bans().ban(user, new warren.domain.communities.CommunityBans.Ban(
        Api.required(f.communityId(), "community_id"), Api.required(f.personId(), "person_id"), banned,
        Boolean.TRUE.equals(f.removeData()), f.reason(), f.expires()));
    Api.json(res, new BanFromCommunityResponse(warren.api.v3.json.PersonView.of(done.person(), done.admin()), banned));
  }

  private void addMod(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, AddModForm.class);
    int communityId = Api.required(f.communityId(), "community_id");
    var mods = communities.setModerator(user, communityId, Api.required(f.personId(), "person_id"),
        Api.required(f.added(), "added"));
    var community = communities.details(communityId, java.util.Optional.of(user)).view().community();
    Api.json(res, new AddModToCommunityResponse(mods.stream().map(p -> CommunityModeratorView.of(community, p)).toList()));
  }

  private void hide(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, HideForm.class);
    communities.hide(user, Api.required(f.communityId(), "community_id"), Api.required(f.hidden(), "hidden"));
    Api.json(res, SuccessResponse.OK);
  }

  private static CommunityResponse response(Communities.Details d) {
    return new CommunityResponse(CommunityView.of(d.view()), d.discussionLanguages());
  }
}
