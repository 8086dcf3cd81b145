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
import warren.domain.pronouns.Pronouns;
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
  private final Pronouns pronouns;

  SettingsPage(Pages pages, AccountSettings settings, PasswordChanges passwords, Pronouns pronouns) {
    this.pages = pages;
    this.settings = settings;
    this.passwords = passwords;
    this.pronouns = pronouns;
  }

  /**
   * The form's values (as stored, or as sent back with an error), the outcome of the last save, and
   * the pronouns the two selects offer.
   */
  public record Page(UserSettingsForm values, String error, String saved, List<String> pronounChoices) {
    /** The person's first or second pronoun, or the empty string for "none". */
    public String pronoun(int i) {
      List<String> chosen = values.pronouns();
      return chosen != null && chosen.size() > i ? chosen.get(i) : "";
    }
  }

  void routes(HttpRules rules) {
    rules.get("/settings", pages.page(this::show))
        .post("/settings", pages.action(this::save))
        .post("/settings/password", pages.action(this::changePassword));
  }

  private void show(ServerRequest req, ServerResponse res) {
    var me = pages.auth().requireUser(req);
    String saved = req.query().first("saved").isPresent() ? "Your settings are saved." : null;
    render(req, res, Status.OK_200, new Page(stored(me), null, saved, pronouns.choicesFor(me.person())));
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
        f.checked("open_links_in_new_tab"), null, null, null, null, null, f.checked("show_scores"), null, null, null,
        chosenPronouns(f));
    try {
      settings.save(me, values);
      Pages.redirect(res, "/settings?saved=1");
    } catch (DomainException e) {
      render(req, res, Status.BAD_REQUEST_400, new Page(values, Pages.describe(e), null,
          pronouns.choicesFor(me.person())));
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
      render(req, res, Status.BAD_REQUEST_400, new Page(stored(me), message, null, pronouns.choicesFor(me.person())));
    }
  }

  /** The two selects, in order, without the empty "none" choice and without a repeat. */
  private static List<String> chosenPronouns(Form f) {
    return java.util.stream.Stream.of(f.trimmed("pronoun_1"), f.trimmed("pronoun_2"))
        .filter(v -> v != null && !v.isEmpty()).distinct().toList();
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
        lu.voteDisplayUpvotes(), lu.voteDisplayDownvotes(), lu.voteDisplayUpvotePercentage(),
        p.pronouns() == null ? List.of() : p.pronouns());
  }
}
