package warren.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import warren.domain.Tx;
import warren.domain.accounts.AccountDeletion;
import warren.domain.accounts.AccountMail;
import warren.domain.accounts.AccountSettings;
import warren.domain.accounts.ActorUrls;
import warren.domain.accounts.Admins;
import warren.domain.accounts.Captchas;
import warren.domain.accounts.EmailVerification;
import warren.domain.accounts.Login;
import warren.domain.accounts.MyUser;
import warren.domain.accounts.PasswordChanges;
import warren.domain.accounts.PersonDetails;
import warren.domain.accounts.Registration;
import warren.domain.accounts.RegistrationApplications;
import warren.domain.accounts.Sessions;
import warren.domain.accounts.TwoFactor;
import warren.domain.comments.CommentListing;
import warren.domain.comments.Comments;
import warren.domain.emoji.CustomEmojis;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityPermissions;
import warren.domain.posts.OpenGraphLinkPreviews;
import warren.domain.posts.PostListing;
import warren.domain.posts.Posts;
import warren.domain.pronouns.Pronouns;
import warren.domain.content.RenderedContent;
import warren.domain.ranking.RankRefresher;
import warren.domain.search.Resolve;
import warren.domain.search.Search;
import warren.domain.site.FirstStart;
import warren.domain.site.SiteService;
import warren.domain.federation.SwitchablePublisher;
import warren.domain.site.FederatedInstances;
import warren.federation.Federation;
import warren.federation.Inbound;
import warren.federation.outbox.Outbox;
import warren.federation.outgoing.Outgoing;
import warren.store.Database;
import warren.store.Stores;
import warren.store.user.AccountChanges;
import warren.support.crypto.Jwts;
import warren.support.crypto.Passwords;
import warren.support.mail.LogMailer;
import warren.support.mail.Mailer;
import warren.support.mail.SmtpMailer;
import warren.support.markdown.MarkdownRenderer;
import warren.support.web.AddressGuard;
import warren.support.web.LinkMetadataFetcher;
import warren.support.web.SafeHttpClient;
import warren.web.Csrf;
import warren.web.WebSession;

/** Every domain service of one Warren, built once in dependency order. */
public record Services(
    SiteService sites,
    Sessions sessions,
    Registration registration,
    Login login,
    AccountSettings accountSettings,
    PasswordChanges passwordChanges,
    AccountDeletion accountDeletion,
    EmailVerification emailVerification,
    TwoFactor twoFactor,
    Captchas captchas,
    PersonDetails personDetails,
    MyUser myUser,
    RegistrationApplications registrationApplications,
    Admins admins,
    Communities communities,
    Posts posts,
    PostListing postListing,
    Comments comments,
    CommentListing commentListing,
    LinkMetadataFetcher linkMetadata,
    RankRefresher rankRefresher,
    Search search,
    Resolve resolve,
    CustomEmojis customEmojis,
    MarkdownRenderer markdown,
    Pronouns pronouns,
    RenderedContent renderedContent,
    Federation federation,
    WebSession webSession,
    Inbound inbound,
    FederatedInstances federatedInstances,
    Outbox outbox,
    Outgoing outgoing,
    ExecutorService background) {

  /** Lemmy's bcrypt cost. */
  static final int BCRYPT_COST = 12;

  public static Services wire(Settings settings, Database db) {
    Tx tx = new Tx(db.jdbi());
    Stores stores = Stores.create();
    stores.accountChanges().listenWith(db.listen(AccountChanges.CHANNEL, stores.accountChanges()));
    Passwords passwords = new Passwords(BCRYPT_COST);
    String jwtSecret = new FirstStart(tx, stores, passwords).ensure(settings);
    Mailer mailer = settings.smtp().<Mailer>map(SmtpMailer::new).orElseGet(LogMailer::new);
    ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    SiteService sites = new SiteService(tx, stores);
    Sessions sessions = new Sessions(tx, stores, new Jwts(jwtSecret, settings.hostname()));
    AccountMail mail = new AccountMail(stores, mailer, settings.origin(), settings.hostname());
    ActorUrls urls = new ActorUrls(settings.origin());
    Pronouns pronouns = new Pronouns(tx, stores);
    AccountSettings accountSettings = new AccountSettings(tx, stores, sites, mail, pronouns);

    var permissions = new CommunityPermissions(stores);
    var publisher = new SwitchablePublisher();
    var communities = new Communities(tx, stores, sites, permissions, urls, settings.domain(), publisher);
    var metadata = new LinkMetadataFetcher(new SafeHttpClient(
        new AddressGuard(settings.federation().debug()), SafeHttpClient.userAgent(settings.origin())));
    var posts = new Posts(tx, stores, sites, permissions, new OpenGraphLinkPreviews(metadata), background,
        settings.origin(), publisher);
    var postListing = new PostListing(tx, stores, sites, communities, permissions);
    var comments = new Comments(tx, stores, sites, permissions, settings.origin(), publisher);
    var commentListing = new CommentListing(tx, stores, sites, communities);

    var customEmojis = new CustomEmojis(tx, stores, sites);
    var markdown = new MarkdownRenderer(settings.domain());
    var personDetails = new PersonDetails(tx, stores, settings.domain(), postListing, commentListing);
    var accountDeletion = new AccountDeletion(tx, stores, passwords);
    var federation = Federation.wire(settings, tx, stores, sites, markdown, warren.api.v3.SiteApi.VERSION);
    var inbound = Inbound.wire(settings, tx, stores, sites, federation,
        new Inbound.Domain(posts, comments, communities, permissions, accountDeletion), background);
    var outbox = new Outbox(settings.origin());
    var outgoing = Outgoing.wire(outbox, settings.origin(), stores, federation, inbound, tx, background);
    publisher.use(outgoing.publisher());
    inbound.hooks().use(outgoing.hooks());
    return new Services(sites, sessions,
        new Registration(tx, stores, sites, passwords, sessions, mail, urls),
        new Login(tx, stores, sites, passwords, sessions),
        accountSettings,
        new PasswordChanges(tx, stores, passwords, sessions, mail),
        accountDeletion,
        new EmailVerification(tx, stores),
        new TwoFactor(tx, stores, settings.hostname()),
        new Captchas(tx, stores, sites),
        personDetails,
        new MyUser(tx, stores, accountSettings),
        new RegistrationApplications(tx, stores, mail),
        new Admins(tx, stores, publisher),
        communities, posts, postListing, comments, commentListing, metadata,
        new RankRefresher(tx, stores.ranks()),
        new Search(tx, stores, postListing, commentListing, communities),
        new Resolve(tx, stores, communities, personDetails, postListing, commentListing, settings.origin(),
            inbound::remote),
        customEmojis, markdown, pronouns,
        new RenderedContent(tx, stores, markdown, customEmojis::lookup),
        federation,
        new WebSession(new Csrf(jwtSecret), settings.scheme().equals("https")),
        inbound, new FederatedInstances(tx, stores, sites, outgoing.deliveryStates()),
        outbox, outgoing,
        background);
  }
}
