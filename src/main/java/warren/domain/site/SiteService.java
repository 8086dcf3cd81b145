package warren.domain.site;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.site.FederationListStore;
import warren.store.site.LocalSite;
import warren.store.site.LocalSiteRateLimit;
import warren.support.cache.Expiring;
import warren.support.text.SlurFilter;
import warren.support.text.Validation;

/** Reading and editing the local site: Lemmy's GetSite, CreateSite and EditSite. */
public final class SiteService {
  /** Lemmy's cap on array parameters. */
  static final int MAX_LIST_ITEMS = 10_000;
  private final Tx tx;
  private final Stores stores;
  private final List<Consumer<LocalSiteRateLimit>> rateLimitListeners = new CopyOnWriteArrayList<>();

  public SiteService(Tx tx, Stores stores) {
    this.tx = tx;
    this.stores = stores;
    this.local = new Expiring<>(CACHE_TIME, () -> tx.read(this::requireLocal));
    this.taglines = new Expiring<>(CACHE_TIME, () -> tx.read(h -> stores.taglines().list(h, requireLocal(h).localSite().id())));
    this.blockedUrls = new Expiring<>(CACHE_TIME, this::readBlockedUrls);
    this.federationLists = new Expiring<>(CACHE_TIME, () -> tx.read(h -> new FederationLists(
        stores.federationLists().domains(h, FederationListStore.Kind.ALLOW),
        stores.federationLists().domains(h, FederationListStore.Kind.BLOCK))));
  }

  /** Called with the new limits whenever an admin edits them. */
  public void onRateLimitChange(Consumer<LocalSiteRateLimit> listener) {
    rateLimitListeners.add(listener);
  }

  public Optional<LocalSiteView> local(Handle h) {
    return stores.sites().readLocalSite(h).flatMap(site -> stores.sites().readLocalSiteSettings(h)
        .map(ls -> new LocalSiteView(site, ls, stores.sites().readRateLimit(h).orElseThrow())));
  }

  public LocalSiteView requireLocal(Handle h) {
    return local(h).orElseThrow(() -> new DomainException(ErrorType.LOCAL_SITE_NOT_SETUP));
  }

  /**
   * The local site as request paths read it: cached for {@link #CACHE_TIME}, since nearly every
   * request checks a setting. This node's edits replace it at once; other nodes' within the TTL.
   */
  public LocalSiteView local() {
    return local.get();
  }

  private final Expiring<LocalSiteView> local;

  /**
   * The site's taglines, as the front page shows one of them on every view: cached like
   * {@link #local()}, and dropped with it when this node edits the site.
   */
  public List<warren.store.site.Tagline> taglines() {
    return taglines.get();
  }

  private final Expiring<List<warren.store.site.Tagline>> taglines;

  /**
   * The URL blocklist's entries ({@code host/path}), which every new post and link edit is
   * checked against: cached like the taglines, as Lemmy caches it too.
   */
  public List<String> blockedUrls() {
    return blockedUrls.get();
  }

  private final Expiring<List<String>> blockedUrls;

  private List<String> readBlockedUrls() {
    return tx.read(h -> stores.blockedUrls().list(h)).stream().map(b -> b.url()).toList();
  }

  /**
   * After this node's site edit a new block applies at once: a list that gained an entry is read
   * again now. A list that only lost entries keeps being served until it expires, as Lemmy's cached
   * blocklist is (for a minute in a release build); Lemmy's suite relies on that when it unblocks a
   * URL while a post it expects to be refused for that URL is still on its way.
   */
  private void reloadBlockedUrls() {
    List<String> served = blockedUrls.peek();
    List<String> stored = readBlockedUrls();
    if (served == null || !served.containsAll(stored)) blockedUrls.set(stored);
  }

  /** The allow list and the block list of {@code PUT /site}, as domains in lower case. */
  public record FederationLists(java.util.Set<String> allowed, java.util.Set<String> blocked) {}

  /**
   * The federation lists, which every received activity and every fetch is checked against:
   * cached like the taglines, and dropped with them when this node edits the site.
   */
  public FederationLists federationLists() {
    return federationLists.get();
  }

  private final Expiring<FederationLists> federationLists;

  private static final java.time.Duration CACHE_TIME = java.time.Duration.ofSeconds(2);

  public SiteOverview overview() {
    return tx.read(h -> {
      LocalSiteView v = requireLocal(h);
      return new SiteOverview(v, stores.persons().listAdmins(h), stores.languages().all(h),
          discussionLanguages(h, v.site().id()), stores.taglines().list(h, v.localSite().id()),
          stores.customEmojis().list(h), stores.blockedUrls().list(h));
    });
  }

  /** Lemmy reports "all languages" as an empty list, for the site as for users. */
  public List<Integer> discussionLanguages(Handle h, int siteId) {
    List<Integer> ids = stores.sites().readSiteLanguages(h, siteId);
    return ids.size() == languageCount(h) ? List.of() : ids;
  }

  private int languageCount(Handle h) {
    return stores.languages().all(h).size();
  }

  /** POST /site: the first admin finishes setting up a site that was started without one. */
  public LocalSiteView create(LocalUserView admin, SiteForm form) {
    requireAdmin(admin);
    LocalSiteView created = tx.write(h -> {
      LocalSiteView current = requireLocal(h);
      if (current.localSite().siteSetup()) throw new DomainException(ErrorType.SITE_ALREADY_EXISTS);
      if (form.name() == null) throw new DomainException(ErrorType.SITE_NAME_REQUIRED);
      apply(h, current, form);
      stores.sites().updateLocalSite(h, current.localSite().id(), new ColumnChanges().set("site_setup", true));
      return requireLocal(h);
    });
    local.clear();
    taglines.clear();
    reloadBlockedUrls();
    federationLists.clear();
    return created;
  }

  /** PUT /site. */
  public LocalSiteView edit(LocalUserView admin, SiteForm form) {
    requireAdmin(admin);
    LocalSiteView updated = tx.write(h -> {
      LocalSiteView current = requireLocal(h);
      apply(h, current, form);
      return requireLocal(h);
    });
    local.clear();
    taglines.clear();
    reloadBlockedUrls();
    federationLists.clear();
    rateLimitListeners.forEach(l -> l.accept(updated.rateLimit()));
    return updated;
  }

  public static void requireAdmin(LocalUserView user) {
    if (!user.isAdmin()) throw new DomainException(ErrorType.NOT_AN_ADMIN);
  }

  private void apply(Handle h, LocalSiteView current, SiteForm f) {
    LocalSite ls = current.localSite();
    validate(ls, f);

    var site = new ColumnChanges()
        .set("name", f.name())
        .set("sidebar", emptyToNull(f.sidebar())).clearIf("".equals(f.sidebar()), "sidebar")
        .set("description", emptyToNull(f.description())).clearIf("".equals(f.description()), "description")
        .set("icon", emptyToNull(f.icon())).clearIf("".equals(f.icon()), "icon")
        .set("banner", emptyToNull(f.banner())).clearIf("".equals(f.banner()), "banner")
        .set("content_warning", emptyToNull(f.contentWarning()))
        .clearIf("".equals(f.contentWarning()), "content_warning");
    stores.sites().updateSite(h, current.site().id(), site);

    String mode = Enums.check(f.registrationMode(), Enums.REGISTRATION_MODES, "registration_mode");
    var local = new ColumnChanges()
        .set("enable_downvotes", f.enableDownvotes())
        .set("registration_mode", mode)
        .set("enable_nsfw", f.enableNsfw())
        .set("community_creation_admin_only", f.communityCreationAdminOnly())
        .set("require_email_verification", f.requireEmailVerification())
        .set("application_question", emptyToNull(f.applicationQuestion()))
        .clearIf("".equals(f.applicationQuestion()), "application_question")
        .set("private_instance", f.privateInstance())
        .set("default_theme", f.defaultTheme())
        .set("default_post_listing_type", f.defaultPostListingType())
        .set("default_sort_type", Enums.check(f.defaultSortType(), Enums.SORT_TYPES, "default_sort_type"))
        .set("legal_information", emptyToNull(f.legalInformation()))
        .clearIf("".equals(f.legalInformation()), "legal_information")
        .set("application_email_admins", f.applicationEmailAdmins())
        .set("hide_modlog_mod_names", f.hideModlogModNames())
        .set("slur_filter_regex", emptyToNull(f.slurFilterRegex()))
        .clearIf("".equals(f.slurFilterRegex()), "slur_filter_regex")
        .set("actor_name_max_length", f.actorNameMaxLength())
        .set("federation_enabled", f.federationEnabled())
        .set("captcha_enabled", f.captchaEnabled())
        .set("captcha_difficulty", Enums.check(f.captchaDifficulty(), Enums.CAPTCHA_DIFFICULTIES, "captcha_difficulty"))
        .set("reports_email_admins", f.reportsEmailAdmins())
        .set("default_post_listing_mode",
            Enums.check(f.defaultPostListingMode(), Enums.POST_LISTING_MODES, "default_post_listing_mode"));
    stores.sites().updateLocalSite(h, ls.id(), local);

    var limits = new ColumnChanges()
        .set("message", f.rateLimitMessage()).set("message_per_second", positive(f.rateLimitMessagePerSecond()))
        .set("post", f.rateLimitPost()).set("post_per_second", positive(f.rateLimitPostPerSecond()))
        .set("register", f.rateLimitRegister()).set("register_per_second", positive(f.rateLimitRegisterPerSecond()))
        .set("image", f.rateLimitImage()).set("image_per_second", positive(f.rateLimitImagePerSecond()))
        .set("comment", f.rateLimitComment()).set("comment_per_second", positive(f.rateLimitCommentPerSecond()))
        .set("search", f.rateLimitSearch()).set("search_per_second", positive(f.rateLimitSearchPerSecond()));
    stores.sites().updateRateLimit(h, ls.id(), limits);

    if (f.discussionLanguages() != null) {
      List<Integer> ids = f.discussionLanguages().isEmpty()
          ? stores.languages().all(h).stream().map(l -> l.id()).toList()
          : new ArrayList<>(new LinkedHashSet<>(f.discussionLanguages()));
      stores.sites().replaceSiteLanguages(h, current.site().id(), ids);
    }
    if (f.allowedInstances() != null) replaceFederationList(h, FederationListStore.Kind.ALLOW, f.allowedInstances());
    if (f.blockedInstances() != null) replaceFederationList(h, FederationListStore.Kind.BLOCK, f.blockedInstances());
    if (f.blockedUrls() != null) stores.blockedUrls().replace(h, UrlBlocklist.normalize(f.blockedUrls()));
    if (f.taglines() != null) stores.taglines().replace(h, ls.id(), f.taglines());

    // Turning on a requirement must not lock out people who joined before it existed.
    if (!"RequireApplication".equals(ls.registrationMode()) && "RequireApplication".equals(mode)) {
      stores.localUsers().acceptAllApplications(h);
    }
    if (!ls.requireEmailVerification() && Boolean.TRUE.equals(f.requireEmailVerification())) {
      stores.localUsers().verifyAllEmails(h);
    }
  }

  private void validate(LocalSite ls, SiteForm f) {
    String regex = f.slurFilterRegex() != null ? f.slurFilterRegex() : ls.slurFilterRegex();
    SlurFilter slurs = SlurFilter.of(regex);
    if (f.name() != null) {
      Validation.siteName(f.name());
      slurs.check(f.name());
    }
    if (f.description() != null) {
      Validation.maxLength(f.description(), Validation.SITE_DESCRIPTION_MAX, ErrorType.SITE_DESCRIPTION_LENGTH_OVERFLOW);
      slurs.check(f.description());
    }
    String listing = Enums.check(f.defaultPostListingType(), Enums.LISTING_TYPES, "default_post_listing_type");
    if (listing != null && !listing.equals("All") && !listing.equals("Local")) {
      throw new DomainException(ErrorType.INVALID_DEFAULT_POST_LISTING_TYPE);
    }
    Validation.maxLength(f.sidebar(), Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    Validation.maxLength(f.legalInformation(), Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    String mode = f.registrationMode() != null ? f.registrationMode() : ls.registrationMode();
    String question = f.applicationQuestion() != null ? emptyToNull(f.applicationQuestion()) : ls.applicationQuestion();
    if ("RequireApplication".equals(mode) && question == null) {
      throw new DomainException(ErrorType.APPLICATION_QUESTION_REQUIRED);
    }
    if (f.actorNameMaxLength() != null && (f.actorNameMaxLength() < 3 || f.actorNameMaxLength() > 255)) {
      throw new DomainException(ErrorType.INVALID_BODY, "actor_name_max_length must be from 3 to 255");
    }
    for (List<?> list : java.util.Arrays.asList(f.allowedInstances(), f.blockedInstances(), f.blockedUrls(),
        f.taglines(), f.discussionLanguages())) {
      if (list != null && list.size() > MAX_LIST_ITEMS) throw new DomainException(ErrorType.TOO_MANY_ITEMS);
    }
  }

  private void replaceFederationList(Handle h, FederationListStore.Kind kind, List<String> domains) {
    List<Integer> ids = new ArrayList<>();
    for (String d : domains) {
      String domain = normalizeDomain(d);
      if (!domain.isEmpty()) ids.add(stores.instances().readOrCreate(h, domain).id());
    }
    stores.federationLists().replace(h, kind, ids);
  }

  /** Admins may paste {@code https://host:port/}; the lists compare bare domains. */
  static String normalizeDomain(String raw) {
    String d = raw.trim().toLowerCase(Locale.ROOT);
    int scheme = d.indexOf("://");
    if (scheme >= 0) d = d.substring(scheme + 3);
    int slash = d.indexOf('/');
    if (slash >= 0) d = d.substring(0, slash);
    int colon = d.lastIndexOf(':');
    if (colon > 0 && !d.endsWith("]")) d = d.substring(0, colon);
    try {
      return IDN.toASCII(d);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ErrorType.INVALID_URL, raw);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Lemmy ignores a zero refill interval, which would divide by zero. */
  private static Integer positive(Integer n) {
    return n == null || n <= 0 ? null : n;
  }
}
