package warren.domain.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import warren.domain.Tx;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.support.captcha.CaptchaAudio;
import warren.support.captcha.CaptchaImage;

/** GET /user/get_captcha: nothing when the site has captchas off, else a fresh image and sound. */
public final class Captchas {
  /** No 0/o, 1/l/i: letters people confuse. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Tx tx;
  private final Stores stores;
  private final SiteService site;

  public Captchas(Tx tx, Stores stores, SiteService site) {
    this.tx = tx;
    this.stores = stores;
    this.site = site;
  }

  /** png and wav in base64, as Lemmy sends them. */
  public record Captcha(String png, String wav, String uuid) {}

  public Optional<Captcha> create() {
    var ls = site.local().localSite();
    if (!ls.captchaEnabled()) return Optional.empty();
    int length = switch (ls.captchaDifficulty()) {
      case "easy" -> 4;
      case "hard" -> 7;
      default -> 5;
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    UUID uuid = UUID.randomUUID();
    tx.run(h -> stores.captchas().insert(h, uuid, text.toString()));
    var b64 = Base64.getEncoder();
    return Optional.of(new Captcha(b64.encodeToString(CaptchaImage.png(text.toString(), length * 3)),
        b64.encodeToString(CaptchaAudio.wav(text.toString())), uuid.toString()));
  }
}
