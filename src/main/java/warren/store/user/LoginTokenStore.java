package warren.store.user;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Issued JWTs. A token is valid only while its row exists. */
public final class LoginTokenStore {
  private final AccountChanges changes;

  public LoginTokenStore(AccountChanges changes) {
    this.changes = changes;
  }

  public void insert(Handle h, String token, int userId, String ip, String userAgent) {
    h.createUpdate("insert into login_token (token, user_id, ip, user_agent) values (:t, :u, :ip, :ua)")
        .bind("t", token).bind("u", userId).bind("ip", ip).bind("ua", userAgent).execute();
  }

  public List<LoginToken> list(Handle h, int userId) {
    return h.createQuery("select * from login_token where user_id = :u order by published desc")
        .bind("u", userId).mapTo(LoginToken.class).list();
  }

  public void delete(Handle h, String token) {
    h.createQuery("delete from login_token where token = :t returning user_id").bind("t", token)
        .mapTo(Integer.class).findOne().ifPresent(userId -> changes.localUser(h, userId));
  }

  public void deleteAll(Handle h, int userId) {
    h.createUpdate("delete from login_token where user_id = :u").bind("u", userId).execute();
    changes.localUser(h, userId);
  }
}
