package warren.store.user;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

public final class CaptchaStore {

  public void insert(Handle h, UUID uuid, String answer) {
    h.createUpdate("insert into captcha_answer (uuid, answer) values (:u, :a)").bind("u", uuid).bind("a", answer).execute();
  }

  /** Checks and consumes: each captcha can be answered once, within ten minutes. */
  public boolean take(Handle h, UUID uuid, String answer) {
    return h.createQuery("""
            delete from captcha_answer where uuid = :u
            returning lower(answer) = lower(:a) and published > now() - interval '10 minutes'""")
        .bind("u", uuid).bind("a", answer).mapTo(Boolean.class).findOne().orElse(false);
  }
}
