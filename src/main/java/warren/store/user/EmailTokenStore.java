package warren.store.user;

import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** One-time tokens sent by mail: email verification and password reset. */
public final class EmailTokenStore {

  public record Verification(int localUserId, String email) {}

  public void insertVerification(Handle h, int localUserId, String email, String token) {
    h.createUpdate("insert into email_verification (local_user_id, email, verification_token) values (:u, :e, :t)")
        .bind("u", localUserId).bind("e", email).bind("t", token).execute();
  }

  /** Consumes the token: it works once. */
  public Optional<Verification> takeVerification(Handle h, String token) {
    return h.createQuery("delete from email_verification where verification_token = :t returning local_user_id, email")
        .bind("t", token)
        .map((rs, ctx) -> new Verification(rs.getInt("local_user_id"), rs.getString("email")))
        .findOne();
  }

  public void insertPasswordReset(Handle h, int localUserId, String token) {
    h.createUpdate("insert into password_reset_request (local_user_id, token) values (:u, :t)")
        .bind("u", localUserId).bind("t", token).execute();
  }

  public int countRecentPasswordResets(Handle h, int localUserId, Duration window) {
    return h.createQuery("""
            select count(*) from password_reset_request
            where local_user_id = :u and published > now() - make_interval(secs => :s)""")
        .bind("u", localUserId).bind("s", window.toSeconds()).mapTo(Integer.class).one();
  }

  /** Consumes a reset token younger than {@code maxAge}; returns its user. */
  public Optional<Integer> takePasswordReset(Handle h, String token, Duration maxAge) {
    return h.createQuery("""
            delete from password_reset_request where token = :t
            returning local_user_id, published > now() - make_interval(secs => :s) as fresh""")
        .bind("t", token).bind("s", maxAge.toSeconds())
        .map((rs, ctx) -> rs.getBoolean("fresh") ? Optional.of(rs.getInt("local_user_id")) : Optional.<Integer>empty())
        .findOne().flatMap(o -> o);
  }
}
