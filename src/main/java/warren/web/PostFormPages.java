package warren.web;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.LocalUserView;
import warren.domain.communities.Communities;
import warren.domain.posts.PostForm;
import warren.domain.posts.PostListing;
import warren.domain.posts.Posts;
import warren.store.community.Community;
import warren.support.web.BrowserUrls;
import warren.support.web.LinkMetadataFetcher;

/**
 * Writing a post ({@code /create_post}) and editing one ({@code /post/{id}/edit}). The form's
 * "Fetch title" and "Preview" buttons work without JavaScript: they post the form and get it
 * back filled in; warren.js does the same in place.
 */
public final class PostFormPages {
  private static final Logger LOG = Logger.getLogger(PostFormPages.class.getName());
  /** How many communities the picker lists besides the ones you follow. */
  private static final int PICKER_SIZE = 50;

  private final Pages pages;
  private final Posts posts;
  private final PostListing listing;
  private final Communities communities;
  private final LinkMetadataFetcher metadata;

  PostFormPages(Pages pages, Posts posts, PostListing listing, Communities communities, LinkMetadataFetcher metadata) {
    this.pages = pages;
    this.posts = posts;
    this.listing = listing;
    this.communities = communities;
    this.metadata = metadata;
  }

  /** The form: its values, the communities to pick from (none when editing), and messages. */
  public record Page(PostForm values, List<Community> choices, String error, String note, String preview) {
    public boolean editing() {
      return values.postId() != null;
    }

    public String action() {
      return editing() ? "/post/" + values.postId() + "/edit" : "/create_post";
    }
  }

  void routes(HttpRules rules) {
    rules.get("/create_post", pages.page(this::newPost))
        .post("/create_post", pages.action(this::submit))
        .get("/post/{id}/edit", pages.page(this::editPost))
        .post("/post/{id}/edit", pages.action(this::submit))
        .post("/post_draft", pages.action(this::draft))
        .post("/preview", pages.action(this::preview));
  }

  private void newPost(ServerRequest req, ServerResponse res) {
    var me = pages.auth().requireUser(req);
    Integer community = req.query().first("community_id").map(PostFormPages::number).orElse(null);
    var values = new PostForm(null, "", community, "", "", null, null, false, null, null);
    show(req, res, Status.OK_200, new Page(values, choices(me, community), null, null, null));
  }

  private void editPost(ServerRequest req, ServerResponse res) {
    var me = pages.auth().requireUser(req);
    var p = listing.view(ThreadPages.pathId(req), Optional.of(me)).post();
    if (p.creatorId() != me.person().id()) throw new DomainException(ErrorType.NO_POST_EDIT_ALLOWED);
    var values = new PostForm(p.id(), p.name(), p.communityId(), Pages.orEmpty(p.url()), Pages.orEmpty(p.body()),
        null, null, p.nsfw(), null, null);
    show(req, res, Status.OK_200, new Page(values, List.of(), null, null, null));
  }

  private void submit(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    boolean editing = req.path().pathParameters().contains("id");
    var values = values(f, editing ? ThreadPages.pathId(req) : null);
    try {
      if (values.name().isEmpty()) throw new DomainException(ErrorType.INVALID_BODY, "give the post a title");
      int id;
      if (editing) {
        id = posts.edit(me, values);
      } else {
        if (values.communityId() == null) throw new DomainException(ErrorType.INVALID_BODY, "choose a community");
        id = posts.create(me, new PostForm(null, values.name(), values.communityId(), nullIfEmpty(values.url()),
            nullIfEmpty(values.body()), null, values.honeypot(), values.nsfw(), null, null));
      }
      Pages.redirect(res, "/post/" + id);
    } catch (DomainException e) {
      show(req, res, Status.BAD_REQUEST_400, new Page(values, choices(me, values), Pages.describe(e), null, null));
    }
  }

  /**
   * The form's helper buttons without JavaScript: "Preview" and "Fetch title" post the draft
   * here (not to the form's own target, so they do not count against the posting rate limit)
   * and get the form back, filled in.
   */
  private void draft(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    var values = values(f, f.integer("post_id"));
    var choices = choices(me, values);
    if ("fetch_title".equals(f.text("action"))) {
      var fetched = fetchTitle(values.url());
      var filled = fetched.title() == null ? values : new PostForm(values.postId(), fetched.title(),
          values.communityId(), values.url(), values.body(), null, null, values.nsfw(), null, null);
      show(req, res, Status.OK_200, new Page(filled, choices, fetched.error(), fetched.title() == null ? null
          : "Title filled in from the link.", null));
      return;
    }
    show(req, res, Status.OK_200, new Page(values, choices, null, null, values.body()));
  }

  private static PostForm values(Form f, Integer postId) {
    return new PostForm(postId, f.value("name"), postId != null ? null : f.integer("community_id"),
        f.value("url"), f.body("body"), null, f.text("honeypot"), f.checked("nsfw"), null, null);
  }

  private List<Community> choices(LocalUserView me, PostForm values) {
    return values.postId() != null ? List.of() : choices(me, values.communityId());
  }

  /** The rendered Markdown of a body, for the preview warren.js shows beside the form. */
  private void preview(ServerRequest req, ServerResponse res, Form f) {
    pages.auth().requireUser(req);
    pages.render(res, "tag/preview.jte", Map.of("c", pages.chrome(req, res), "text", f.body("body")));
  }

  private record Fetched(String title, String error) {}

  private Fetched fetchTitle(String url) {
    if (url.isEmpty()) return new Fetched(null, "Enter a URL first.");
    var uri = BrowserUrls.parseHttp(url);
    if (uri.isEmpty()) return new Fetched(null, "That is not an http or https link.");
    try {
      String title = metadata.fetch(uri.get()).title();
      return title == null ? new Fetched(null, "That page has no title.") : new Fetched(title, null);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "fetching the title of " + url + " failed", e);
      return new Fetched(null, "The link could not be fetched.");
    }
  }

  private void show(ServerRequest req, ServerResponse res, Status status, Page page) {
    pages.render(res, status, "page/postform.jte", Pages.params(pages.chrome(req, res), "page", page));
  }

  /** The communities you follow, then the biggest others; the preselected one always among them. */
  private List<Community> choices(LocalUserView me, Integer selected) {
    Map<Integer, Community> all = new LinkedHashMap<>();
    var viewer = Optional.of(me);
    communities.list(viewer, "Subscribed", "TopAll", true, 1, PICKER_SIZE)
        .forEach(v -> all.put(v.community().id(), v.community()));
    communities.list(viewer, "All", "TopAll", true, 1, PICKER_SIZE)
        .forEach(v -> all.putIfAbsent(v.community().id(), v.community()));
    if (selected != null && !all.containsKey(selected)) {
      try {
        all.put(selected, communities.details(selected, viewer).view().community());
      } catch (DomainException e) {
        LOG.log(Level.FINE, "preselected community " + selected + " is not visible", e);
      }
    }
    return new ArrayList<>(all.values());
  }

  private static Integer number(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
