package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import warren.api.v3.json.GetSiteMetadataResponse;
import warren.api.v3.json.LinkMetadata;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.http.Api;
import warren.http.Auth;
import warren.support.web.BrowserUrls;
import warren.support.web.LinkMetadataFetcher;

/**
 * {@code GET /api/v3/post/site_metadata?url=...}: the preview of a link, which apps show while a
 * post is being written. As in Lemmy (crates/api/src/post/get_link_metadata.rs) it needs a signed-in
 * user, so that anonymous visitors cannot use the server to fetch pages for them; a URL that does
 * not parse, is not http(s) or points into a private network is {@code invalid_url}, and a fetch
 * that fails is {@code unknown} with the reason.
 */
public final class SiteMetadataApi implements HttpService {
  private final LinkMetadataFetcher fetcher;
  private final Auth auth;

  public SiteMetadataApi(LinkMetadataFetcher fetcher, Auth auth) {
    this.fetcher = fetcher;
    this.auth = auth;
  }

  record GetSiteMetadataForm(String url) {}

  @Override
  public void routing(HttpRules rules) {
    rules.get("/post/site_metadata", this::siteMetadata);
  }

  private void siteMetadata(ServerRequest req, ServerResponse res) {
    auth.requireUser(req);
    var f = Api.query(req, GetSiteMetadataForm.class);
    var url = BrowserUrls.parseHttp(Api.required(f.url(), "url"))
        .orElseThrow(() -> new DomainException(ErrorType.INVALID_URL));
    Api.json(res, new GetSiteMetadataResponse(LinkMetadata.of(fetcher.fetch(url))));
  }
}
