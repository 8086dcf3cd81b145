package warren.web;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityForm;
import warren.store.community.CommunityView;

/** The list of communities, creating and editing one, and subscribing. */
public final class CommunityPages {
  static final int PAGE_SIZE = 20;

  private final Pages pages;
  private final Communities communities;

  CommunityPages(Pages pages, Communities communities) {
    this.pages = pages;
    this.communities = communities;
  }

  public record ListPage(List<CommunityView> communities, String type, String sort, int page, boolean more) {
    public String link(String otherType, int otherPage) {
      return "/communities?type=" + otherType + "&sort=" + Pages.encode(sort)
          + (otherPage > 1 ? "&page=" + otherPage : "");
    }
  }

  /** The create or edit form; {@code values.communityId()} is set when editing. */
  public record FormPage(CommunityForm values, String error) {
    public boolean editing() {
      return values.communityId() != null;
    }
  }

  void routes(HttpRules rules) {
    rules.get("/communities", pages.page(this::list))
        .get("/create_community", pages.page(this::newCommunity))
        .post("/create_community", pages.action(this::create))
        .get("/c/{name}/edit", pages.page(this::editForm))
        .post("/c/{name}/edit", pages.action(this::edit))
        .post("/c/{name}/subscribe", pages.action(this::subscribe));
  }

  private void list(ServerRequest req, ServerResponse res) {
    var me = pages.auth().user(req);
    String type = req.query().first("type").orElse("All");
    String sort = req.query().first("sort").orElse("TopMonth");
    int page = Pages.pageNumber(req);
    var list = communities.list(me, type, sort, false, page, PAGE_SIZE);
    var model = new ListPage(list, type, sort, page, list.size() == PAGE_SIZE);
    pages.render(res, "page/communities.jte", Pages.params(pages.chrome(req, res), "page", model));
  }

  private void newCommunity(ServerRequest req, ServerResponse res) {
    pages.auth().requireUser(req);
    show(req, res, Status.OK_200, new FormPage(new CommunityForm(null, "", "", "", "", "", false, false, null, null),
        null));
  }

  private void create(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    var values = values(null, f);
    try {
      if (values.name().isEmpty()) throw new DomainException(ErrorType.INVALID_BODY, "choose a name");
      var created = communities.create(me, values);
      Pages.redirect(res, Names.path(created.view().community()));
    } catch (DomainException e) {
      show(req, res, Status.BAD_REQUEST_400, new FormPage(values, Pages.describe(e)));
    }
  }

  private void editForm(ServerRequest req, ServerResponse res) {
    var me = pages.auth().requireUser(req);
    var c = communities.get(null, req.path().pathParameters().get("name"), Optional.of(me)).view().community();
    var values = new CommunityForm(c.id(), c.name(), c.title(), Pages.orEmpty(c.description()),
        Pages.orEmpty(c.icon()), Pages.orEmpty(c.banner()), c.nsfw(), c.postingRestrictedToMods(), null, null);
    show(req, res, Status.OK_200, new FormPage(values, null));
  }

  private void edit(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    var c = communities.get(null, req.path().pathParameters().get("name"), Optional.of(me)).view().community();
    var values = values(c.id(), f);
    try {
      communities.edit(me, new CommunityForm(c.id(), null, values.title(), values.description(), values.icon(),
          values.banner(), values.nsfw(), values.postingRestrictedToMods(), null, null));
      Pages.redirect(res, Names.path(c));
    } catch (DomainException e) {
      var shown = new CommunityForm(c.id(), c.name(), values.title(), values.description(), values.icon(),
          values.banner(), values.nsfw(), values.postingRestrictedToMods(), null, null);
      show(req, res, Status.BAD_REQUEST_400, new FormPage(shown, Pages.describe(e)));
    }
  }

  private void subscribe(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    var c = communities.get(null, req.path().pathParameters().get("name"), Optional.of(me)).view().community();
    communities.follow(me, c.id(), f.checked("follow"));
    pages.answer(req, res, f, Names.path(c), null, null, null);
  }

  private static CommunityForm values(Integer id, Form f) {
    return new CommunityForm(id, f.value("name"), f.value("title"), f.body("description"), f.value("icon"),
        f.value("banner"), f.checked("nsfw"), f.checked("posting_restricted_to_mods"), null, null);
  }

  private void show(ServerRequest req, ServerResponse res, Status status, FormPage page) {
    pages.render(res, status, "page/communityform.jte", Pages.params(pages.chrome(req, res), "page", page));
  }
}
