package warren.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import warren.domain.accounts.AccountSettings;
import warren.domain.accounts.Captchas;
import warren.domain.accounts.Login;
import warren.domain.accounts.PasswordChanges;
import warren.domain.accounts.PersonDetails;
import warren.domain.accounts.Registration;
import warren.domain.accounts.Sessions;
import warren.domain.comments.CommentListing;
import warren.domain.comments.Comments;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.domain.posts.Posts;
import warren.domain.search.Search;
import warren.domain.site.SiteService;
import warren.http.Auth;
import warren.support.web.LinkMetadataFetcher;

/** The built-in web UI: every page and form, calling the same domain services as the API. */
public final class WebUi implements HttpService {
  /** The domain services the pages call. */
  public record Services(SiteService sites, Sessions sessions, Login login, Registration registration,
      Captchas captchas, AccountSettings settings, PasswordChanges passwords, PersonDetails people,
      Communities communities, Posts posts, PostListing postListing, Comments comments,
      CommentListing commentListing, Search search, LinkMetadataFetcher linkMetadata) {}

  private final ListingPages listings;
  private final ThreadPages threads;
  private final ThreadActions threadActions;
  private final AccountPages accounts;
  private final SettingsPage settings;
  private final ProfilePage profiles;
  private final PostFormPages postForms;
  private final CommunityPages communityPages;
  private final SearchPage searchPage;

  public WebUi(Services s, Auth auth, WebSession session) {
    Pages pages = new Pages(s.sites(), auth, session);
    this.listings = new ListingPages(pages, s.sites(), s.communities(), s.postListing());
    this.threads = new ThreadPages(pages, s.postListing(), s.commentListing());
    this.threadActions = new ThreadActions(pages, s.posts(), s.postListing(), s.comments(), s.commentListing(),
        s.communities());
    this.accounts = new AccountPages(pages, s.sites(), s.login(), s.registration(), s.captchas(), s.sessions());
    this.settings = new SettingsPage(pages, s.settings(), s.passwords());
    this.profiles = new ProfilePage(pages, s.people());
    this.postForms = new PostFormPages(pages, s.posts(), s.postListing(), s.communities(), s.linkMetadata());
    this.communityPages = new CommunityPages(pages, s.communities());
    this.searchPage = new SearchPage(pages, s.search());
  }

  @Override
  public void routing(HttpRules rules) {
    rules.register(new Assets());
    listings.routes(rules);
    threads.routes(rules);
    threadActions.routes(rules);
    accounts.routes(rules);
    settings.routes(rules);
    profiles.routes(rules);
    postForms.routes(rules);
    communityPages.routes(rules);
    searchPage.routes(rules);
  }
}
