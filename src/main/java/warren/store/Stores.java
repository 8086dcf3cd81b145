package warren.store;

import warren.store.comment.CommentStore;
import warren.store.comment.CommentViews;
import warren.store.community.CommunityStore;
import warren.store.person.PersonBlockStore;
import warren.store.post.PostStore;
import warren.store.post.PostViews;
import warren.store.ranking.RankStore;
import warren.store.person.PersonStore;
import warren.store.site.InstanceBlockStore;
import warren.store.site.BlockedUrlStore;
import warren.store.site.CustomEmojiStore;
import warren.store.site.FederationListStore;
import warren.store.site.InstanceStore;
import warren.store.site.LanguageStore;
import warren.store.site.PronounStore;
import warren.store.site.SecretStore;
import warren.store.site.SiteStore;
import warren.store.site.TaglineStore;
import warren.store.user.AccountChanges;
import warren.store.user.CaptchaStore;
import warren.store.user.EmailTokenStore;
import warren.store.user.LocalUserStore;
import warren.store.user.LoginTokenStore;
import warren.store.user.RegistrationApplicationStore;

/** Every repository, stateless, built once. Each method takes the JDBI handle of its transaction. */
public record Stores(
    SiteStore sites,
    InstanceStore instances,
    SecretStore secrets,
    TaglineStore taglines,
    BlockedUrlStore blockedUrls,
    LanguageStore languages,
    FederationListStore federationLists,
    CustomEmojiStore customEmojis,
    PersonStore persons,
    LocalUserStore localUsers,
    LoginTokenStore loginTokens,
    RegistrationApplicationStore registrationApplications,
    EmailTokenStore emailTokens,
    CaptchaStore captchas,
    CommunityStore communities,
    PersonBlockStore personBlocks,
    InstanceBlockStore instanceBlocks,
    PostStore posts,
    PostViews postViews,
    RankStore ranks,
    CommentStore comments,
    CommentViews commentViews,
    PronounStore pronouns,
    warren.store.content.RenderedStore rendered,
    AccountChanges accountChanges) {

  public static Stores create() {
    AccountChanges accountChanges = new AccountChanges();
    return new Stores(new SiteStore(), new InstanceStore(), new SecretStore(), new TaglineStore(),
        new BlockedUrlStore(), new LanguageStore(), new FederationListStore(), new CustomEmojiStore(),
        new PersonStore(accountChanges), new LocalUserStore(accountChanges), new LoginTokenStore(accountChanges), new RegistrationApplicationStore(),
        new EmailTokenStore(), new CaptchaStore(), new CommunityStore(),
        new PersonBlockStore(), new InstanceBlockStore(), new PostStore(), new PostViews(),
        new RankStore(), new CommentStore(), new CommentViews(), new PronounStore(),
        new warren.store.content.RenderedStore(), accountChanges);
  }
}
