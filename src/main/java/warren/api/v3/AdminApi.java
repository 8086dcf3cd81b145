package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import warren.api.v3.json.AddAdminResponse;
import warren.api.v3.json.GetUnreadRegistrationApplicationCountResponse;
import warren.api.v3.json.ListRegistrationApplicationsResponse;
import warren.api.v3.json.PersonView;
import warren.api.v3.json.RegistrationApplicationResponse;
import warren.api.v3.json.RegistrationApplicationView;
import warren.domain.accounts.Admins;
import warren.domain.accounts.RegistrationApplications;
import warren.http.Api;
import warren.http.Auth;
import warren.domain.Paging;

/** /api/v3/admin: registration applications and the admin list. */
public final class AdminApi implements HttpService {
  private final RegistrationApplications applications;
  private final Admins admins;
  private final Auth auth;

  public AdminApi(RegistrationApplications applications, Admins admins, Auth auth) {
    this.applications = applications;
    this.admins = admins;
    this.auth = auth;
  }

  record ListForm(Boolean unreadOnly, Integer page, Integer limit) {}

  record ApproveForm(Integer id, Boolean approve, String denyReason) {}

  record AddAdminForm(Integer personId, Boolean added) {}

  record BanPersonForm(Integer personId, Boolean ban, Boolean removeData, String reason, Long expires) {}

  record BanPersonResponse(PersonView personView, boolean banned) {}

  @Override
  public void routing(HttpRules rules) {
    rules.get("/admin/registration_application/list", this::list)
        .get("/admin/registration_application/count", this::count)
        .put("/admin/registration_application/approve", this::approve)
        .post("/admin/add", this::add)
        .post("/user/ban", this::ban);
  }

  private void list(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.query(req, ListForm.class);
    Paging paging = Paging.of(f.page(), f.limit());
    var views = applications.list(admin, Boolean.TRUE.equals(f.unreadOnly()), paging.page(), paging.limit());
    Api.json(res, new ListRegistrationApplicationsResponse(views.stream().map(RegistrationApplicationView::of).toList()));
  }

  private void count(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    Api.json(res, new GetUnreadRegistrationApplicationCountResponse(applications.countUnread(admin)));
  }

  private void approve(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.body(req, ApproveForm.class);
    var view = applications.decide(admin, Api.required(f.id(), "id"), Api.required(f.approve(), "approve"),
        f.denyReason());
    Api.json(res, new RegistrationApplicationResponse(RegistrationApplicationView.of(view)));
  }

  private void ban(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.body(req, BanPersonForm.class);
    boolean banned = Api.required(f.ban(), "ban");
    var person = admins.bans().ban(admin, new warren.domain.accounts.SiteBans.Ban(Api.required(f.personId(), "person_id"),
        banned, Boolean.TRUE.equals(f.removeData()), f.reason(), f.expires()));
    Api.json(res, new BanPersonResponse(PersonView.of(person, false), banned));
  }

  private void add(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.body(req, AddAdminForm.class);
    var list = admins.set(admin, Api.required(f.personId(), "person_id"), Api.required(f.added(), "added"));
    Api.json(res, new AddAdminResponse(list.stream().map(p -> PersonView.of(p, true)).toList()));
  }
}
