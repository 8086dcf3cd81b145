package warren.support.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes tracking parameters from links, as Lemmy's {@code clean_url} does for post URLs
 * (crates/utils/src/utils/validation.rs, through the ClearURLs rules). Warren keeps its own,
 * shorter list: the parameters that ad and analytics tools add everywhere ({@code utm_*},
 * {@code fbclid}, {@code gclid}, ...) plus a few per site (YouTube's {@code si}, Instagram's
 * {@code igsh}). Like Lemmy's default, referral codes ({@code ref}, {@code tag}) are kept: they
 * can be what the poster meant. Parameters are matched by name, ignoring case, in the query and
 * in a fragment written as a query. Everything else, order and encoding included, stays as it
 * was.
 */
public final class UrlCleaner {
  /** Tracking parameters on any site: exact names. */
  private static final Set<String> EVERYWHERE = Set.of(
      "utm", "mtm", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "twclid", "yclid", "ttclid",
      "srsltid", "mkt_tok", "_openstat", "cmpid", "os_ehash", "_ga", "_gl", "__twitter_impression",
      "wtrid", "wt_mc", "wt_zmc", "spm", "tracking_source", "ceneo_spo", "echobox", "__hsfp", "__hssc", "__hstc",
      "_hsenc", "__s", "hsctatracking", "mc_eid", "mc_cid", "mc_tc", "ml_subscriber", "ml_subscriber_hash",
      "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "vero_conv", "vero_id", "wickedid", "gs_l",
      "fb_action_ids", "fb_action_types", "fb_source", "fb_ref", "action_object_map", "action_type_map",
      "action_ref_map", "hmb_campaign", "hmb_medium", "hmb_source", "itm_campaign", "itm_medium", "itm_source");

  /** Tracking parameters on any site: name prefixes (utm_source, utm_medium, mtm_kwd, ...). */
  private static final Pattern EVERYWHERE_PREFIXED = Pattern.compile("(utm|mtm|ga|otm|pk)_[a-z_]*");

  /** Tracking parameters of particular sites, by registrable domain (subdomains included). */
  private static final Map<String, Set<String>> BY_SITE = Map.ofEntries(
      Map.entry("youtube.com", Set.of("si", "feature", "pp", "kw")),
      Map.entry("youtu.be", Set.of("si", "feature", "pp", "kw")),
      Map.entry("spotify.com", Set.of("si")),
      Map.entry("instagram.com", Set.of("igshid", "igsh")),
      Map.entry("tiktok.com", Set.of("_r", "_t", "is_from_webapp", "sender_device", "share_app_id", "u_code",
          "preview_pb", "share_iid", "share_app_name", "user_id", "timestamp")),
      Map.entry("reddit.com", Set.of("share_id", "correlation_id", "ref_campaign", "ref_source", "rdt",
          "_branch_match_id", "$deep_link", "$3p", "$original_url")),
      Map.entry("twitter.com", Set.of("s", "t", "src", "ref_src", "ref_url", "cn")),
      Map.entry("x.com", Set.of("s", "t", "src", "ref_src", "ref_url", "cn")),
      Map.entry("facebook.com", Set.of("mibextid", "__tn__", "__cft__[0]", "eav", "paipv", "_rdr", "rdid")),
      Map.entry("linkedin.com", Set.of("trk", "trackingid", "refid", "lipi")),
      Map.entry("medium.com", Set.of("source")),
      Map.entry("nytimes.com", Set.of("smid")));

  /** Amazon's shops in every country: amazon.com, amazon.de, amazon.co.uk, smile.amazon.com, ... */
  private static final Pattern AMAZON_HOST = Pattern.compile("(?:[a-z0-9-]+\\.)*amazon(?:\\.[a-z]{2,3}){1,2}");
  private static final Pattern AMAZON_PATH_REF = Pattern.compile("/ref=[^/?]*");
  private static final Set<String> AMAZON = Set.of("qid", "sr", "srs", "crid", "sprefix", "linkcode", "content-id",
      "dib", "dib_tag", "pd_rd_w", "pd_rd_wg", "pd_rd_r", "pd_rd_i", "pf_rd_p", "pf_rd_r", "pf_rd_s", "pf_rd_t",
      "pf_rd_i", "pf_rd_m", "ref_", "_encoding", "smid", "creativeasin", "ascsubtag", "th");

  private UrlCleaner() {}

  /** {@code url} without its tracking parameters; a URL that does not parse comes back as it was. */
  public static String clean(String url) {
    try {
      return clean(new URI(url)).toString();
    } catch (URISyntaxException e) {
      return url;
    }
  }

  public static URI clean(URI url) {
    if (url.isOpaque() || url.getRawAuthority() == null) return url;
    String host = BrowserUrls.host(url).toLowerCase(Locale.ROOT);
    Set<String> siteParams = siteParams(host);
    String s = url.toString();
    int hash = url.getRawFragment() == null ? s.length() : s.indexOf('#');
    int qmark = url.getRawQuery() == null ? hash : s.indexOf('?');
    StringBuilder out = new StringBuilder(s.substring(0, qmark));
    if (isAmazon(host)) {
      // Amazon also tracks in the path: /dp/B0123/ref=sr_1_1 is /dp/B0123
      String cleanedPath = AMAZON_PATH_REF.matcher(url.getRawPath() == null ? "" : url.getRawPath()).replaceAll("");
      out.replace(out.length() - url.getRawPath().length(), out.length(), cleanedPath);
    }
    if (url.getRawQuery() != null) {
      String query = strip(url.getRawQuery(), siteParams);
      if (!query.isEmpty() || url.getRawQuery().isEmpty()) out.append('?').append(query);
    }
    String fragment = url.getRawFragment();
    if (fragment != null) {
      // only a fragment written as parameters (#a=1&b=2) is cleaned; #section-2 is left alone
      String f = fragment.contains("=") ? strip(fragment, siteParams) : fragment;
      if (!f.isEmpty() || fragment.isEmpty()) out.append('#').append(f);
    }
    try {
      return new URI(out.toString());
    } catch (URISyntaxException e) {
      return url;
    }
  }

  private static boolean isAmazon(String host) {
    return AMAZON_HOST.matcher(host).matches();
  }

  private static Set<String> siteParams(String host) {
    if (isAmazon(host)) return AMAZON;
    for (var site : BY_SITE.entrySet()) {
      String d = site.getKey();
      if (host.equals(d) || host.endsWith("." + d)) return site.getValue();
    }
    return Set.of();
  }

  /** The pairs of an {@code a=1&b=2} string that are not tracking, in their original spelling. */
  private static String strip(String pairs, Set<String> siteParams) {
    List<String> kept = new ArrayList<>();
    boolean removed = false;
    for (String pair : pairs.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (name.startsWith("?")) name = name.substring(1); // "?utm_source" from a doubly encoded link
      if (!name.isEmpty() && isTracking(name, siteParams)) {
        removed = true;
        continue;
      }
      kept.add(pair);
    }
    return removed ? String.join("&", kept.stream().filter(p -> !p.isEmpty()).toList()) : pairs;
  }

  static boolean isTracking(String name, Set<String> siteParams) {
    return EVERYWHERE.contains(name) || EVERYWHERE_PREFIXED.matcher(name).matches() || siteParams.contains(name);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
