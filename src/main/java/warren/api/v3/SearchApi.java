package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.api.v3.json.CommentView;
import warren.api.v3.json.CommunityView;
import warren.api.v3.json.PersonView;
import warren.api.v3.json.PostView;
import warren.domain.search.Resolve;
import warren.domain.search.Search;
import warren.http.Api;
import warren.http.Auth;

/** GET /api/v3/search and GET /api/v3/resolve_object. */
public final class SearchApi implements HttpService {
  private final Search search;
  private final Resolve resolve;
  private final Auth auth;

  public SearchApi(Search search, Resolve resolve, Auth auth) {
    this.search = search;
    this.resolve = resolve;
    this.auth = auth;
  }

  record SearchForm(String q, Integer communityId, String communityName, Integer creatorId, String type_,
      String sort, String listingType, Integer page, Integer limit) {}

  record SearchResponse(String type_, List<CommentView> comments, List<PostView> posts,
      List<CommunityView> communities, List<PersonView> users) {}

  record ResolveForm(String q) {}

  record ResolveObjectResponse(CommentView comment, PostView post, CommunityView community, PersonView person) {}

  @Override
  public void routing(HttpRules rules) {
    rules.get("/search", this::search).get("/resolve_object", this::resolve);
  }

  private void search(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, SearchForm.class);
    var r = search.search(auth.user(req), new Search.Query(Api.required(f.q(), "q"), f.communityId(),
        f.communityName(), f.creatorId(), f.type_(), f.sort(), f.listingType(), f.page(), f.limit()));
    Api.json(res, new SearchResponse(r.type(), r.comments().stream().map(CommentView::of).toList(),
        r.posts().stream().map(PostView::of).toList(), r.communities().stream().map(CommunityView::of).toList(),
        r.users().stream().map(p -> PersonView.of(p, false)).toList()));
  }

  private void resolve(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, ResolveForm.class);
    var r = resolve.resolve(auth.user(req), Api.required(f.q(), "q"));
    Api.json(res, new ResolveObjectResponse(r.comment() == null ? null : CommentView.of(r.comment()),
        r.post() == null ? null : PostView.of(r.post()),
        r.community() == null ? null : CommunityView.of(r.community()),
        r.person() == null ? null : PersonView.of(r.person(), r.personIsAdmin())));
  }
}
