package warren.app;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import warren.api.v3.AdminApi;
import warren.api.v3.CommentApi;
import warren.api.v3.CommunityApi;
import warren.api.v3.CustomEmojiApi;
import warren.api.v3.FederationApi;
import warren.api.v3.PostApi;
import warren.api.v3.PronounApi;
import warren.api.v3.SearchApi;
import warren.api.v3.SiteApi;
import warren.api.v3.SiteMetadataApi;
import warren.api.v3.UserApi;
import warren.domain.DomainException;
import warren.http.ApiErrors;
import warren.http.Auth;
import warren.http.Cors;
import warren.http.RateLimitFilter;
import warren.web.WebUi;

/** Every route of the HTTP server, with the filters and error mapping in front of them. */
final class ApiRoutes {
  private ApiRoutes() {}

  static HttpRouting.Builder build(Services s, RateLimitFilter rateLimits) {
    Auth auth = new Auth(s.sessions());
    var userServices = new UserApi.Services(s.registration(), s.login(), s.sessions(), s.accountSettings(),
        s.passwordChanges(), s.accountDeletion(), s.emailVerification(), s.twoFactor(), s.captchas(),
        s.personDetails(), s.myUser());
    return HttpRouting.builder()
        .addFilter(Cors::filter)
        .addFilter(rateLimits::filter)
        .addFilter((chain, req, res) -> {
          // As Lemmy: signed-in answers are private, anonymous ones may be cached for a minute.
          res.header(HeaderNames.CACHE_CONTROL, Auth.token(req).isPresent() ? "private" : "public, max-age=60");
          chain.proceed();
        })
        .register("/api/v3", new SiteApi(s.sites(), s.myUser(), auth))
        .register("/api/v3", new UserApi(userServices, auth))
        .register("/api/v3", new AdminApi(s.registrationApplications(), s.admins(), auth))
        .register("/api/v3", new CommunityApi(s.communities(), auth, s.resolve()))
        .register("/api/v3", new PostApi(s.posts(), s.postListing(), auth))
        .register("/api/v3", new SiteMetadataApi(s.linkMetadata(), auth))
        .register("/api/v3", new CommentApi(s.comments(), s.commentListing(), auth))
        .register("/api/v3", new SearchApi(s.search(), s.resolve(), auth))
        .register("/api/v3", new CustomEmojiApi(s.customEmojis(), auth))
        .register("/api/v3", new PronounApi(s.pronouns(), auth))
        .register("/api/v3", new FederationApi(s.federatedInstances()))
        // Federation first: it shares /, /u/, /c/, /post/ and /comment/ with the web pages.
        .register("/", s.federation().routes())
        .register("/", s.inbound().routes())
        .register("/", s.outgoing().routes())
        .register("/", new WebUi(new WebUi.Services(s.sites(), s.sessions(), s.login(), s.registration(),
            s.captchas(), s.accountSettings(), s.passwordChanges(), s.personDetails(), s.communities(), s.posts(),
            s.postListing(), s.comments(), s.commentListing(), s.search(), s.linkMetadata(), s.pronouns(),
            s.renderedContent(), s.markdown(), s.customEmojis()), auth, s.webSession()))
        .error(DomainException.class, ApiErrors::domain)
        .error(io.helidon.http.HttpException.class, ApiErrors::http)
        .error(Exception.class, ApiErrors::unexpected);
  }
}
