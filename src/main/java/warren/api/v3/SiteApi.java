package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import warren.api.v3.json.CustomEmojiView;
import warren.api.v3.json.GetSiteResponse;
import warren.api.v3.json.Language;
import warren.api.v3.json.LocalSiteUrlBlocklist;
import warren.api.v3.json.LocalUserView;
import warren.api.v3.json.MyUserInfo;
import warren.api.v3.json.PersonView;
import warren.api.v3.json.SiteAggregates;
import warren.api.v3.json.SiteResponse;
import warren.api.v3.json.SiteView;
import warren.api.v3.json.Tagline;
import warren.api.v3.json.Community;
import warren.api.v3.json.CommunityBlockView;
import warren.api.v3.json.CommunityFollowerView;
import warren.api.v3.json.CommunityModeratorView;
import warren.api.v3.json.Instance;
import warren.api.v3.json.InstanceBlockView;
import warren.api.v3.json.Person;
import warren.api.v3.json.PersonBlockView;
import warren.domain.accounts.MyUser;
import warren.domain.site.LocalSiteView;
import warren.domain.site.SiteForm;
import warren.domain.site.SiteService;
import warren.http.Api;
import warren.http.Auth;

/** GET, POST and PUT /api/v3/site. */
public final class SiteApi implements HttpService {
  /** The Lemmy API version Warren implements; apps gate features on it. */
  public static final String VERSION = "0.19.20";

  private final SiteService sites;
  private final MyUser myUser;
  private final Auth auth;

  public SiteApi(SiteService sites, MyUser myUser, Auth auth) {
    this.sites = sites;
    this.myUser = myUser;
    this.auth = auth;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/site", this::get)
        .post("/site", this::create)
        .put("/site", this::edit)
        .post("/site/block", this::blockInstance);
  }

  private void get(ServerRequest req, ServerResponse res) {
    var me = auth.user(req);
    var o = sites.overview();
    Optional<MyUserInfo> myUser = me.map(u -> myUserInfo(this.myUser.info(u)));
    Api.json(res, new GetSiteResponse(
        siteView(o.site()),
        o.admins().stream().map(p -> PersonView.of(p, true)).toList(),
        VERSION,
        myUser.orElse(null),
        o.allLanguages().stream().map(Language::of).toList(),
        o.discussionLanguages(),
        o.taglines().stream().map(Tagline::of).toList(),
        o.customEmojis().stream().map(CustomEmojiView::of).toList(),
        o.blockedUrls().stream().map(LocalSiteUrlBlocklist::of).toList()));
  }

  private void create(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    SiteForm form = Api.body(req, SiteForm.class);
    Api.required(form.name(), "name");
    respond(res, sites.create(admin, form));
  }

  private void edit(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    respond(res, sites.edit(admin, Api.body(req, SiteForm.class)));
  }

  private void respond(ServerResponse res, LocalSiteView v) {
    var taglines = sites.overview().taglines().stream().map(Tagline::of).toList();
    Api.json(res, new SiteResponse(siteView(v), taglines));
  }

  record BlockInstanceForm(Integer instanceId, Boolean block) {}

  record BlockInstanceResponse(boolean blocked) {}

  private void blockInstance(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, BlockInstanceForm.class);
    boolean block = Api.required(f.block(), "block");
    myUser.blockInstance(user, Api.required(f.instanceId(), "instance_id"), block);
    Api.json(res, new BlockInstanceResponse(block));
  }

  static MyUserInfo myUserInfo(MyUser.Info i) {
    Person me = Person.of(i.user().person());
    return new MyUserInfo(LocalUserView.of(i.user()),
        i.follows().stream().map(c -> new CommunityFollowerView(Community.of(c), me)).toList(),
        i.moderates().stream().map(c -> new CommunityModeratorView(Community.of(c), me)).toList(),
        i.communityBlocks().stream().map(c -> new CommunityBlockView(me, Community.of(c))).toList(),
        i.instanceBlocks().stream().map(b -> new InstanceBlockView(me, Instance.of(b), null)).toList(),
        i.personBlocks().stream().map(p -> new PersonBlockView(me, Person.of(p))).toList(),
        i.discussionLanguages());
  }

  static SiteView siteView(LocalSiteView v) {
    var ls = v.localSite();
    return SiteView.of(v, new SiteAggregates(v.site().id(), ls.users(), ls.posts(), ls.comments(),
        ls.communities(), ls.usersActiveDay(), ls.usersActiveWeek(), ls.usersActiveMonth(), ls.usersActiveHalfYear()));
  }
}
