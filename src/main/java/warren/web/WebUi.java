package warren.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import java.util.function.Consumer;
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
import warren.domain.pronouns.Pronouns;
import warren.domain.content.RenderedContent;
import warren.domain.emoji.CustomEmojis;
import warren.support.markdown.MarkdownRenderer;
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
      CommentListing commentListing, Search search, LinkMetadataFetcher linkMetadata, Pronouns pronouns,
      RenderedContent rendered, MarkdownRenderer markdown, CustomEmojis emojis) {}

  /** Each group of pages registers its own routes. */
  private final List<Consumer<HttpRules>> groups;

  public WebUi(Services s, Auth auth, WebSession session) {
    Pages pages = new Pages(s.sites(), auth, session,
        () -> new Content(s.rendered(), s.markdown(), s.emojis()::lookup));
    this.groups = List.of(
        new ListingPages(pages, s.sites(), s.communities(), s.postListing())::routes,
        new ThreadPages(pages, s.postListing(), s.commentListing())::routes,
        new ThreadActions(pages, s.posts(), s.postListing(), s.comments(), s.commentListing(), s.communities())::routes,
        new PostFormPages(pages, s.posts(), s.postListing(), s.communities(), s.linkMetadata())::routes,
        new CommunityPages(pages, s.communities())::routes,
        new ProfilePage(pages, s.people())::routes,
        new AccountPages(pages, s.sites(), s.login(), s.registration(), s.captchas(), s.sessions())::routes,
        new SettingsPage(pages, s.settings(), s.passwords(), s.pronouns())::routes,
        new SearchPage(pages, s.search())::routes);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.register(new Assets());
    groups.forEach(g -> g.accept(rules));
  }
}
