package warren.web;

import warren.store.community.Community;
import warren.store.person.Person;

/** How people and communities are named and linked on pages: local ones by name, remote ones by name@host. */
public final class Names {
  private Names() {}

  /** The name a person chose to show, else their account name; pronouns go beside it (see {@link #pronouns}). */
  public static String display(Person p) {
    return p.displayName() == null || p.displayName().isBlank() ? p.name() : p.displayName();
  }

  /** The person's pronouns as Hexbear writes them after the name, {@code [she/her, they/them]}, or null. */
  public static String pronouns(Person p) {
    return p.pronouns() == null || p.pronouns().isEmpty() ? null : "[" + String.join(", ", p.pronouns()) + "]";
  }

  /** The name with its pronouns, for titles and other plain text: {@code JoeySteel [comrade/them]}. */
  public static String displayWithPronouns(Person p) {
    String pronouns = pronouns(p);
    return pronouns == null ? display(p) : display(p) + " " + pronouns;
  }

  /** {@code @name@host}, the person's full fediverse handle. */
  public static String handle(Person p) {
    return "@" + p.name() + "@" + host(p.actorId());
  }

  /** The host of a person's home site. */
  public static String host(Person p) {
    return host(p.actorId());
  }

  public static String path(Person p) {
    return "/u/" + p.name() + (p.local() ? "" : "@" + host(p.actorId()));
  }

  public static String path(Community c) {
    return "/c/" + c.name() + (c.local() ? "" : "@" + host(c.actorId()));
  }

  /** {@code !name@host}, the community's full handle. */
  public static String handle(Community c) {
    return "!" + c.name() + "@" + host(c.actorId());
  }

  public static String title(Community c) {
    return c.title() == null || c.title().isBlank() ? c.name() : c.title();
  }

  /**
   * The URL if it is http(s), else null, which leaves the attribute out: links and images that
   * come from elsewhere (federation) must not smuggle in {@code javascript:} or other schemes.
   */
  public static String web(String url) {
    if (url == null) return null;
    String u = url.strip();
    return u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7) ? u : null;
  }

  /** The host of a link without a leading {@code www.}, as cards show where a link goes. */
  public static String domain(String url) {
    String h = host(url);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /**
   * The authority of an absolute URL ({@code host[:port]}), or empty. Read by hand rather than with
   * {@link URI}: a thread page asks it of every comment's author, and parsing whole URIs showed up.
   */
  static String host(String url) {
    if (url == null) return "";
    int scheme = url.indexOf("://");
    if (scheme <= 0) return "";
    int start = scheme + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    return at >= 0 ? authority.substring(at + 1) : authority;
  }
}
