package warren.web;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.AccountSettings;
import warren.domain.accounts.LocalUserView;
import warren.domain.accounts.PasswordChanges;
import warren.domain.accounts.UserSettingsForm;
import warren.http.Api;

/** {@code /settings}: profile, email, content and display preferences, and the password. */
public final class SettingsPage {
  /** The colour themes the form offers, stored under lemmy-ui's names so both UIs agree. */
  public static final List<Sorts.Choice> THEMES = List.of(
      new Sorts.Choice("browser", "Follow the browser"), new Sorts.Choice("litely", "Light"),
      new Sorts.Choice("darkly", "Dark"));

  private final Pages pages;
  private final AccountSettings settings;
  private final PasswordChanges passwords;

  SettingsPage(Pages pages, AccountSettings settings, PasswordChanges passwords) {
    this.pages = pages;
    this.settings = settings;
    this.passwords = passwords;
  }

  /** The form's values (as stored, or as sent back with an error) and the outcome of the last save. */
  public record Page(UserSettingsForm values, String error, String saved) {}

  void routes(HttpRules rules) {
    rules.get("/settings", pages.page(this::show))
        .post("/settings", pages.action(this::save))
        .post("/settings/password", pages.action(this::changePassword));
  }

  private void show(ServerRequest req, ServerResponse res) {
    var me = pages.auth().requireUser(req);
    String saved = req.query().first("saved").isPresent() ? "Your settings are saved." : null;
    render(req, res, Status.OK_200, new Page(stored(me), null, saved));
  }

  private void render(ServerRequest req, ServerResponse res, Status status, Page page) {
    pages.render(res, status, "page/settings.jte", Pages.params(pages.chrome(req, res), "page", page));
  }

  private void save(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    var values = new UserSettingsForm(f.checked("show_nsfw"), f.checked("blur_nsfw"), null, f.trimmed("theme"),
        f.trimmed("default_sort_type"), f.trimmed("default_listing_type"), null, text(f, "avatar"), text(f, "banner"),
        text(f, "display_name"), text(f, "email"), text(f, "bio"), null, f.checked("show_avatars"), null,
        f.checked("bot_account"), f.checked("show_bot_accounts"), f.checked("show_read_posts"), null,
        f.checked("open_links_in_new_tab"), null, null, null, null, null, f.checked("show_scores"), null, null, null);
    try {
      settings.save(me, values);
      Pages.redirect(res, "/settings?saved=1");
    } catch (DomainException e) {
      render(req, res, Status.BAD_REQUEST_400, new Page(values, Pages.describe(e), null));
    }
  }

  private void changePassword(ServerRequest req, ServerResponse res, Form f) {
    var me = pages.auth().requireUser(req);
    try {
      String jwt = passwords.change(me, nonNull(f.text("new_password")), nonNull(f.text("new_password_verify")),
          nonNull(f.text("old_password")), Api.origin(req));
      pages.session().signIn(res, jwt);
      Pages.redirect(res, "/settings?saved=1");
    } catch (DomainException e) {
      String message = e.type() == ErrorType.INCORRECT_LOGIN ? "Your current password is not right."
          : Pages.describe(e);
      render(req, res, Status.BAD_REQUEST_400, new Page(stored(me), message, null));
    }
  }

  /** An empty field clears its setting, which is what the API does with an empty string. */
  private static String text(Form f, String name) {
    String v = f.text(name);
    return v == null ? "" : v.strip();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static UserSettingsForm stored(LocalUserView me) {
    var lu = me.localUser();
    var p = me.person();
    return new UserSettingsForm(lu.showNsfw(), lu.blurNsfw(), lu.autoExpand(), lu.theme(), lu.defaultSortType(),
        lu.defaultListingType(), lu.interfaceLanguage(), p.avatar(), p.banner(), p.displayName(), lu.email(), p.bio(),
        p.matrixUserId(), lu.showAvatars(), lu.sendNotificationsToEmail(), p.botAccount(), lu.showBotAccounts(),
        lu.showReadPosts(), null, lu.openLinksInNewTab(), lu.infiniteScrollEnabled(), lu.postListingMode(),
        lu.enableKeyboardNavigation(), lu.enableAnimatedImages(), lu.collapseBotComments(), lu.showScores(),
        lu.voteDisplayUpvotes(), lu.voteDisplayDownvotes(), lu.voteDisplayUpvotePercentage());
  }
}
