package warren.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import warren.domain.accounts.LocalUserView;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.domain.site.SiteService;
import warren.store.post.PostView;
import warren.store.site.LocalSite;

/** The front page ({@code /}) and a community's page ({@code /c/{name}}): lists of post cards. */
public final class ListingPages {
  static final int PAGE_SIZE = 20;

  private final Pages pages;
  private final SiteService sites;
  private final Communities communities;
  private final PostListing listing;

  ListingPages(Pages pages, SiteService sites, Communities communities, PostListing listing) {
    this.pages = pages;
    this.sites = sites;
    this.communities = communities;
    this.listing = listing;
  }

  /**
   * One page of posts. {@code keep} holds the query parameters that the sort menu and the next
   * link carry along; {@code community} is null on the front page.
   */
  public record Listing(String title, String action, String type, String sort, List<PostView> posts, String nextUrl,
      boolean paged, Map<String, String> keep, Communities.Details community, String tagline, LocalSite stats) {}

  void routes(HttpRules rules) {
    rules.get("/", pages.page(this::front))
        .get("/c/{name}", pages.page(this::community));
  }

  private void front(ServerRequest req, ServerResponse res) {
    Optional<LocalUserView> me = pages.auth().user(req);
    var local = sites.local();
    String type = req.query().first("type").orElseGet(() ->
        me.map(v -> v.localUser().defaultListingType()).orElse(local.localSite().defaultPostListingType()));
    if ("ModeratorView".equals(type) && me.isEmpty()) type = "All";
    String sort = sort(req, me, local.localSite().defaultSortType());
    String cursor = req.query().first("page_cursor").orElse(null);
    var page = listing.list(me, new PostListing.Query(type, sort, null, PAGE_SIZE, null, null, null, null, null, null,
        cursor, null, null, null));
    Map<String, String> keep = new LinkedHashMap<>();
    keep.put("type", type);
    var taglines = sites.taglines();
    String tagline = taglines.isEmpty() ? null
        : taglines.get(ThreadLocalRandom.current().nextInt(taglines.size())).content();
    var model = new Listing(local.site().name(), "/", type, sort, page.posts(), next("/", keep, sort, page),
        cursor != null, keep, null, tagline, local.localSite());
    pages.render(res, "page/posts.jte", Pages.params(pages.chrome(req, res), "page", model));
  }

  private void community(ServerRequest req, ServerResponse res) {
    Optional<LocalUserView> me = pages.auth().user(req);
    var details = communities.get(null, req.path().pathParameters().get("name"), me);
    var c = details.view().community();
    String sort = sort(req, me, sites.local().localSite().defaultSortType());
    String cursor = req.query().first("page_cursor").orElse(null);
    var page = listing.list(me, new PostListing.Query("All", sort, null, PAGE_SIZE, c.id(), null, null, null, null,
        null, cursor, null, null, null));
    String action = Names.path(c);
    Map<String, String> keep = new LinkedHashMap<>();
    var model = new Listing(Names.title(c), action, "All", sort, page.posts(), next(action, keep, sort, page),
        cursor != null, keep, details, null, null);
    pages.render(res, "page/posts.jte", Pages.params(pages.chrome(req, res), "page", model));
  }

  private static String sort(ServerRequest req, Optional<LocalUserView> me, String siteDefault) {
    return req.query().first("sort").orElseGet(() -> me.map(v -> v.localUser().defaultSortType()).orElse(siteDefault));
  }

  /** The link to the page after this one, or null on the last page. */
  private static String next(String action, Map<String, String> keep, String sort, PostListing.Page page) {
    if (page.nextPage() == null || page.posts().size() < PAGE_SIZE) return null;
    StringBuilder b = new StringBuilder(action).append("?");
    keep.forEach((k, v) -> b.append(k).append('=').append(Pages.encode(v)).append('&'));
    return b.append("sort=").append(Pages.encode(sort)).append("&page_cursor=").append(Pages.encode(page.nextPage()))
        .toString();
  }
}
