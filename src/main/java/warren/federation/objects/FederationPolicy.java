package warren.federation.objects;

import java.util.Locale;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.site.SiteService;
import warren.support.web.UrlHosts;

/**
 * Which ActivityPub ids Warren deals with, as Lemmy's {@code check_apub_id_valid}: http(s) URLs
 * (http only in debug mode) with a host name (no IP literal outside debug mode), not on this site, while federation
 * is on, from a domain the block list does not name and, when the allow list has entries, that
 * it names. Domains compare without port and case. The lists come from {@link SiteService}'s
 * cache: an admin's edit holds for the next activity on this node, on the others within seconds.
 */
public final class FederationPolicy {
  private final SiteService sites;
  private final String localDomain;
  private final boolean allowHttp;

  public FederationPolicy(SiteService sites, String localDomain, boolean allowHttp) {
    this.sites = sites;
    this.localDomain = localDomain.toLowerCase(Locale.ROOT);
    this.allowHttp = allowHttp;
  }

  /** The host of an id, lower case, without port; null when it is no http(s) URL with a host. */
  public static String domain(String url) {
    return UrlHosts.httpHost(url);
  }

  /** True when both ids are on one domain (port and case ignored), as Lemmy's {@code verify_domains_match}. */
  public static boolean sameDomain(String a, String b) {
    String d = domain(a);
    return d != null && d.equals(domain(b));
  }

  public boolean isLocal(String url) {
    return localDomain.equals(domain(url));
  }

  /** Throws unless {@code url} is a remote id this site may deal with. */
  public void requireRemoteAllowed(String url) {
    requireDomainAllowed(requireRemoteId(url));
  }

  /**
   * The checks of {@link #requireRemoteAllowed} but the allow and block lists: the id's shape
   * (scheme, host, not this site). Returns its domain, for one {@link #requireDomainAllowed} when
   * several ids share it, as an activity's id and actor do.
   */
  public String requireRemoteId(String url) {
    String domain = domain(url);
    if (domain == null) throw new DomainException(ErrorType.INVALID_URL, String.valueOf(url));
    if (!allowHttp && !url.regionMatches(true, 0, "https:", 0, 6)) {
      throw new DomainException(ErrorType.INVALID_URL_SCHEME, url);
    }
    // Debug rigs name their sites by loopback address (127.0.0.2:port, ...); elsewhere, as Lemmy, never.
    if (!allowHttp && isIpLiteral(domain)) throw new DomainException(ErrorType.URL_WITHOUT_DOMAIN, url);
    if (domain.equals(localDomain)) throw new DomainException(ErrorType.OBJECT_NOT_LOCAL, "a local id: " + url);
    return domain;
  }

  /** Throws {@code federation_disabled}, {@code domain_blocked} or {@code domain_not_in_allow_list}. */
  public void requireDomainAllowed(String domain) {
    if (!sites.local().localSite().federationEnabled()) throw new DomainException(ErrorType.FEDERATION_DISABLED);
    String d = domain.toLowerCase(Locale.ROOT);
    var lists = sites.federationLists();
    if (lists.blocked().contains(d)) throw new DomainException(ErrorType.DOMAIN_BLOCKED, d);
    if (!lists.allowed().isEmpty() && !lists.allowed().contains(d)) {
      throw new DomainException(ErrorType.DOMAIN_NOT_IN_ALLOW_LIST, d);
    }
  }

  private static boolean isIpLiteral(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+");
  }
}
