package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.domain.pronouns.Pronouns;
import warren.http.Api;
import warren.http.Auth;

/**
 * /api/v3/warren/pronouns: the site's pronoun allow-list. Warren's own endpoints (Lemmy has no
 * pronouns), under {@code warren/} so they can never collide with a future Lemmy path.
 */
public final class PronounApi implements HttpService {
  private final Pronouns pronouns;
  private final Auth auth;

  public PronounApi(Pronouns pronouns, Auth auth) {
    this.pronouns = pronouns;
    this.auth = auth;
  }

  /** The answer of both endpoints: the list, in order. */
  record PronounList(List<String> pronouns) {}

  /** A full replacement; {@code clear_removed} also takes removed values away from people. */
  record ReplaceForm(List<String> pronouns, Boolean clearRemoved) {}

  @Override
  public void routing(HttpRules rules) {
    rules.get("/warren/pronouns", this::list)
        .put("/warren/pronouns", this::replace);
  }

  private void list(ServerRequest req, ServerResponse res) {
    Api.json(res, new PronounList(pronouns.allowed()));
  }

  private void replace(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.body(req, ReplaceForm.class);
    var list = pronouns.replaceAllowed(admin, Api.required(f.pronouns(), "pronouns"),
        Boolean.TRUE.equals(f.clearRemoved()));
    Api.json(res, new PronounList(list));
  }
}
