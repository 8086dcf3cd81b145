package warren.domain.emoji;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.site.CustomEmoji;
import warren.store.site.CustomEmojiStore;
import warren.support.markdown.Emoji;
import warren.support.markdown.EmojiLookup;
import warren.support.text.Validation;
import warren.support.web.Urls;

/**
 * The site's custom emoji: admins create, edit and delete them (Lemmy's /custom_emoji), and the
 * Markdown renderer draws them from {@link #lookup()}.
 */
public final class CustomEmojis {
  /** Lemmy's column widths for shortcodes and keywords; Warren holds categories to the same. */
  static final int MAX_WORD = 128;
  /** Lemmy's limit on alt texts. */
  static final int MAX_ALT_TEXT = 1500;
  /** Lemmy's cap on array parameters. */
  static final int MAX_KEYWORDS = 10_000;
  private static final long CACHE_NANOS = 2_000_000_000L;

  private final Tx tx;
  private final Stores stores;
  private final SiteService sites;
  private volatile Cached cached;

  private record Cached(EmojiLookup lookup, long loadedAt) {}

  public CustomEmojis(Tx tx, Stores stores, SiteService sites) {
    this.tx = tx;
    this.stores = stores;
    this.sites = sites;
  }

  public CustomEmoji create(LocalUserView admin, CustomEmojiForm form) {
    SiteService.requireAdmin(admin);
    // As Lemmy: shortcodes are stored lowercased and trimmed, so ":Kiss:" and ":kiss:" are one.
    String shortcode = form.shortcode().strip().toLowerCase(Locale.ROOT);
    if (!Emoji.isValidShortcode(shortcode)) {
      throw new DomainException(ErrorType.INVALID_BODY,
          "shortcode must be 1 to " + MAX_WORD + " of the characters a-z, 0-9, - and _");
    }
    var fields = fields(form);
    int siteId = sites.local().localSite().id();
    CustomEmoji created = tx.write(h -> {
      int id = stores.customEmojis().create(h, siteId, shortcode, fields)
          .orElseThrow(() -> new DomainException(ErrorType.UNKNOWN, "custom emoji :" + shortcode + ": already exists"));
      return stores.customEmojis().read(h, id).orElseThrow();
    });
    cached = null;
    return created;
  }

  public CustomEmoji edit(LocalUserView admin, int id, CustomEmojiForm form) {
    SiteService.requireAdmin(admin);
    var fields = fields(form);
    CustomEmoji edited = tx.write(h -> {
      if (!stores.customEmojis().update(h, id, fields)) throw notFound();
      return stores.customEmojis().read(h, id).orElseThrow();
    });
    cached = null;
    return edited;
  }

  /** Deleting an emoji that is not there succeeds, as in Lemmy. */
  public void delete(LocalUserView admin, int id) {
    SiteService.requireAdmin(admin);
    tx.run(h -> stores.customEmojis().delete(h, id));
    cached = null;
  }

  /**
   * The emoji for rendering, cached for two seconds like the site settings: this node's edits show
   * at once, other nodes' within the TTL.
   */
  public EmojiLookup lookup() {
    Cached c = cached;
    long now = System.nanoTime();
    if (c != null && now - c.loadedAt() < CACHE_NANOS) return c.lookup();
    List<CustomEmoji> all = tx.read(stores.customEmojis()::list);
    Map<String, Emoji> byShortcode = all.stream()
        .map(e -> new Emoji(e.shortcode(), e.imageUrl(), e.altText()))
        .collect(Collectors.toMap(Emoji::shortcode, Function.identity()));
    EmojiLookup lookup = EmojiLookup.of(byShortcode);
    cached = new Cached(lookup, now);
    return lookup;
  }

  /** Lemmy answers a missing emoji with a database error; its name on the wire is "unknown". */
  private static DomainException notFound() {
    return new DomainException(ErrorType.UNKNOWN, "no such custom emoji");
  }

  private static CustomEmojiStore.Fields fields(CustomEmojiForm f) {
    String url = Urls.requireHttp(f.imageUrl()).toString();
    Validation.maxLength(f.altText(), MAX_ALT_TEXT, ErrorType.ALT_TEXT_LENGTH_OVERFLOW);
    if (Validation.length(f.category()) > MAX_WORD) {
      throw new DomainException(ErrorType.INVALID_BODY, "category is longer than " + MAX_WORD + " characters");
    }
    if (f.keywords().size() > MAX_KEYWORDS) throw new DomainException(ErrorType.TOO_MANY_ITEMS);
    // As Lemmy: keywords are lowercased and trimmed. Blanks and repeats are dropped rather than
    // failing on the unique index as Lemmy does.
    var keywords = new LinkedHashSet<String>();
    for (String k : f.keywords()) {
      if (k == null) throw new DomainException(ErrorType.INVALID_BODY, "keywords may not hold null");
      String keyword = k.strip().toLowerCase(Locale.ROOT);
      if (Validation.length(keyword) > MAX_WORD) {
        throw new DomainException(ErrorType.INVALID_BODY, "keyword is longer than " + MAX_WORD + " characters");
      }
      if (!keyword.isEmpty()) keywords.add(keyword);
    }
    return new CustomEmojiStore.Fields(url, f.altText(), f.category(), List.copyOf(keywords));
  }
}
