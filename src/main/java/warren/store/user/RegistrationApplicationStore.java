package warren.store.user;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

public final class RegistrationApplicationStore {

  public RegistrationApplication insert(Handle h, int localUserId, String answer) {
    return h.createQuery("insert into registration_application (local_user_id, answer) values (:u, :a) returning *")
        .bind("u", localUserId).bind("a", answer).mapTo(RegistrationApplication.class).one();
  }

  public Optional<RegistrationApplication> read(Handle h, int id) {
    return h.createQuery("select * from registration_application where id = :id")
        .bind("id", id).mapTo(RegistrationApplication.class).findOne();
  }

  public Optional<RegistrationApplication> readByLocalUser(Handle h, int localUserId) {
    return h.createQuery("select * from registration_application where local_user_id = :u")
        .bind("u", localUserId).mapTo(RegistrationApplication.class).findOne();
  }

  /** Newest first; {@code unreadOnly} keeps those no admin has decided on. */
  public List<RegistrationApplication> list(Handle h, boolean unreadOnly, int limit, int offset) {
    return h.createQuery("select * from registration_application"
            + (unreadOnly ? " where admin_id is null" : "") + " order by published desc, id desc limit :l offset :o")
        .bind("l", limit).bind("o", offset).mapTo(RegistrationApplication.class).list();
  }

  public long countUnread(Handle h) {
    return h.createQuery("select count(*) from registration_application where admin_id is null")
        .mapTo(Long.class).one();
  }

  public void decide(Handle h, int id, int adminId, String denyReason) {
    h.createUpdate("update registration_application set admin_id = :a, deny_reason = :r where id = :id")
        .bind("a", adminId).bind("r", denyReason).bind("id", id).execute();
  }
}
