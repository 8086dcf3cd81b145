package warren.store.user;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import warren.store.ColumnChanges;

public final class LocalUserStore {
  private final AccountChanges changes;

  public LocalUserStore(AccountChanges changes) {
    this.changes = changes;
  }

  public record NewLocalUser(int personId, String passwordEncrypted, String email, boolean showNsfw,
      boolean acceptedApplication, String defaultListingType, String postListingMode,
      String interfaceLanguage, boolean admin, boolean emailVerified) {}

  public LocalUser insert(Handle h, NewLocalUser u) {
    return h.createQuery("""
            insert into local_user (person_id, password_encrypted, email, show_nsfw, accepted_application,
                                    default_listing_type, post_listing_mode, interface_language, admin,
                                    email_verified)
            values (:personId, :passwordEncrypted, :email, :showNsfw, :acceptedApplication,
                    :defaultListingType, :postListingMode, :interfaceLanguage, :admin, :emailVerified)
            returning *""")
        .bindMethods(u).mapTo(LocalUser.class).one();
  }

  /**
   * An account and its person, signed in by a live token: what every authenticated request needs.
   * The person comes without its keys: requests never sign, and a private key has no business
   * travelling with every request.
   */
  public record Account(LocalUser localUser, warren.store.person.Person person, List<Integer> languageIds) {}

  private static final String ACCOUNT_BY_TOKEN = "select "
      + warren.store.Columns.of(LocalUser.class, "lu", "lu_") + ", "
      + warren.store.Columns.of(warren.store.person.Person.class, "p", "p_", warren.store.Columns.KEYS) + ", "
      + warren.store.Columns.version("lu", "lu_") + ", " + warren.store.Columns.version("p", "p_") + """
      , array(select l.language_id from local_user_language l where l.local_user_id = lu.id
              order by l.language_id) as languages
       from login_token t
      join local_user lu on lu.id = t.user_id
      join person p on p.id = lu.person_id
      where t.token = :t and t.user_id = :u""";
  // Versioned: every logged-in request reads its account again, nearly always unchanged.
  private static final warren.store.RecordMapper<LocalUser> LOCAL_USER =
      warren.store.RecordMapper.of(LocalUser.class, "lu_").versioned(1024);
  private static final warren.store.RecordMapper<warren.store.person.Person> PERSON =
      warren.store.RecordMapper.of(warren.store.person.Person.class, "p_", warren.store.Columns.KEYS).versioned(1024);

  public Optional<Account> readByToken(Handle h, String token, int userId) {
    return h.createQuery(ACCOUNT_BY_TOKEN).bind("t", token).bind("u", userId)
        .map((rs, ctx) -> new Account(LOCAL_USER.map(rs, ctx), PERSON.map(rs, ctx),
            List.of((Integer[]) rs.getArray("languages").getArray()))).findOne();
  }

  public Optional<LocalUser> read(Handle h, int id) {
    return h.createQuery("select * from local_user where id = :id").bind("id", id).mapTo(LocalUser.class).findOne();
  }

  public Optional<LocalUser> readByPerson(Handle h, int personId) {
    return h.createQuery("select * from local_user where person_id = :id")
        .bind("id", personId).mapTo(LocalUser.class).findOne();
  }

  /** Login accepts a user name or an email address, both without case. */
  public Optional<LocalUser> readByNameOrEmail(Handle h, String nameOrEmail) {
    return h.createQuery("""
            select lu.* from local_user lu join person p on p.id = lu.person_id
            where p.local and (lower(p.name) = lower(:v) or lower(lu.email) = lower(:v))
            order by (lower(p.name) = lower(:v)) desc
            limit 1""")
        .bind("v", nameOrEmail).mapTo(LocalUser.class).findOne();
  }

  public Optional<LocalUser> readByEmail(Handle h, String email) {
    return h.createQuery("select * from local_user where lower(email) = lower(:e)")
        .bind("e", email).mapTo(LocalUser.class).findOne();
  }

  public boolean emailTaken(Handle h, String email) {
    return h.createQuery("select exists (select 1 from local_user where lower(email) = lower(:e))")
        .bind("e", email).mapTo(Boolean.class).one();
  }

  public void update(Handle h, int localUserId, ColumnChanges columns) {
    columns.applyUntimed(h, "local_user", "id", localUserId);
    changes.localUser(h, localUserId);
  }

  public List<Integer> readLanguages(Handle h, int localUserId) {
    return h.createQuery("select language_id from local_user_language where local_user_id = :id order by language_id")
        .bind("id", localUserId).mapTo(Integer.class).list();
  }

  public void replaceLanguages(Handle h, int localUserId, List<Integer> languageIds) {
    h.createUpdate("delete from local_user_language where local_user_id = :id").bind("id", localUserId).execute();
    var batch = h.prepareBatch("insert into local_user_language (local_user_id, language_id) values (:u, :l)");
    for (int l : languageIds) batch.bind("u", localUserId).bind("l", l).add();
    if (!languageIds.isEmpty()) batch.execute();
    changes.localUser(h, localUserId);
  }

  public void setAdmin(Handle h, int personId, boolean admin) {
    h.createUpdate("update local_user set admin = :a where person_id = :p").bind("a", admin).bind("p", personId).execute();
    changes.person(h, personId);
  }

  /** Lets every account in, when the site starts requiring applications (they joined before it did). */
  public void acceptAllApplications(Handle h) {
    h.createUpdate("update local_user set accepted_application = true where not accepted_application").execute();
    changes.everyone(h);
  }

  /** Counts every address as verified, when the site starts requiring verification. */
  public void verifyAllEmails(Handle h) {
    h.createUpdate("update local_user set email_verified = true where not email_verified").execute();
    changes.everyone(h);
  }
}
