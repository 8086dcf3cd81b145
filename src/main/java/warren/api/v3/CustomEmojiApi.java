package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.api.v3.json.CustomEmojiResponse;
import warren.api.v3.json.CustomEmojiView;
import warren.api.v3.json.SuccessResponse;
import warren.domain.emoji.CustomEmojiForm;
import warren.domain.emoji.CustomEmojis;
import warren.http.Api;
import warren.http.Auth;

/** POST, PUT and POST …/delete on /api/v3/custom_emoji: the admins' emoji list. */
public final class CustomEmojiApi implements HttpService {
  private final CustomEmojis emojis;
  private final Auth auth;

  public CustomEmojiApi(CustomEmojis emojis, Auth auth) {
    this.emojis = emojis;
    this.auth = auth;
  }

  record CreateForm(String category, String shortcode, String imageUrl, String altText, List<String> keywords) {}

  record EditForm(Integer id, String category, String imageUrl, String altText, List<String> keywords) {}

  record DeleteForm(Integer id) {}

  @Override
  public void routing(HttpRules rules) {
    rules.post("/custom_emoji", this::create)
        .put("/custom_emoji", this::edit)
        .post("/custom_emoji/delete", this::delete);
  }

  private void create(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.body(req, CreateForm.class);
    var form = new CustomEmojiForm(Api.required(f.shortcode(), "shortcode"), Api.required(f.imageUrl(), "image_url"),
        Api.required(f.altText(), "alt_text"), Api.required(f.category(), "category"),
        Api.required(f.keywords(), "keywords"));
    Api.json(res, new CustomEmojiResponse(CustomEmojiView.of(emojis.create(admin, form))));
  }

  private void edit(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    var f = Api.body(req, EditForm.class);
    var form = new CustomEmojiForm(null, Api.required(f.imageUrl(), "image_url"),
        Api.required(f.altText(), "alt_text"), Api.required(f.category(), "category"),
        Api.required(f.keywords(), "keywords"));
    var edited = emojis.edit(admin, Api.required(f.id(), "id"), form);
    Api.json(res, new CustomEmojiResponse(CustomEmojiView.of(edited)));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    var admin = auth.requireUser(req);
    emojis.delete(admin, Api.required(Api.body(req, DeleteForm.class).id(), "id"));
    Api.json(res, SuccessResponse.OK);
  }
}
