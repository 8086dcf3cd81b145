package warren.store.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import warren.store.ColumnChanges;
import warren.store.DirectQuery;
import warren.store.RecordMapper;
import warren.store.user.AccountChanges;

public final class PersonStore {
  private static final RecordMapper<Person> ROWS = RecordMapper.of(Person.class);

  private final AccountChanges changes;

  public PersonStore(AccountChanges changes) {
    this.changes = changes;
  }

  /** The fields a new local person is created with; the rest take their defaults. */
  public record NewLocalPerson(String name, String actorId, String inboxUrl, String sharedInboxUrl,
      String publicKey, String privateKey, int instanceId) {}

  public Person insertLocal(Handle h, NewLocalPerson p) {
    return h.createQuery("""
            insert into person (name, actor_id, inbox_url, shared_inbox_url, public_key, private_key,
                                instance_id, local)
            values (:name, :actorId, :inboxUrl, :sharedInboxUrl, :publicKey, :privateKey, :instanceId, true)
            returning *""")
        .bindMethods(p).mapTo(Person.class).one();
  }

  public Optional<Person> read(Handle h, int id) {
    return h.createQuery("select * from person where id = :id").bind("id", id).mapTo(Person.class).findOne();
  }

  /**
   * Anyone by ActivityPub id, compared without case as the unique index does. Read for every
   * incoming activity (its actor), so it runs direct.
   */
  public Optional<Person> readByActorId(Handle h, String actorId) {
    return DirectQuery.first(h, "select * from person where lower(actor_id) = lower(:a)", Map.of("a", actorId), ROWS);
  }

  /**
   * A remote person as its server last described it. {@code pronouns} empty means none;
   * {@code published} null means now.
   */
  public record RemotePerson(String actorId, String name, String displayName, List<String> pronouns, String bio,
      String avatar, String banner, String matrixUserId, boolean botAccount, String inboxUrl, String sharedInboxUrl,
      String publicKey, java.time.Instant published, java.time.Instant updated, int instanceId) {}

  /**
   * Inserts or refreshes a remote person by actor id; a local person of the same id is never
   * touched (empty then). Fetching it again means it exists, so it is no longer deleted.
   */
  public Optional<Person> upsertRemote(Handle h, RemotePerson p) {
    return h.createQuery("""
            insert into person (actor_id, name, display_name, pronouns, bio, avatar, banner, matrix_user_id,
                                bot_account, inbox_url, shared_inbox_url, public_key, published, updated,
                                instance_id, local, deleted, last_refreshed_at)
            values (:actorId, :name, :displayName, nullif(cast(:pronounList as text[]), '{}'), :bio, :avatar, :banner,
                    :matrixUserId, :botAccount, :inboxUrl, :sharedInboxUrl, :publicKey,
                    coalesce(cast(:published as timestamptz), now()), :updated, :instanceId, false, false, now())
            on conflict ((lower(actor_id))) do update set
              name = excluded.name, display_name = excluded.display_name, pronouns = excluded.pronouns,
              bio = excluded.bio, avatar = excluded.avatar, banner = excluded.banner,
              matrix_user_id = excluded.matrix_user_id, bot_account = excluded.bot_account,
              inbox_url = excluded.inbox_url, shared_inbox_url = excluded.shared_inbox_url,
              public_key = excluded.public_key, updated = excluded.updated, instance_id = excluded.instance_id,
              deleted = false, last_refreshed_at = now()
            where not person.local
            returning *""")
        .bindMethods(p).bindArray("pronounList", String.class, p.pronouns())
        .mapTo(Person.class).findOne();
  }

  /** A local person by name, compared without case as Lemmy's unique index does. */
  public Optional<Person> readLocalByName(Handle h, String name) {
    return h.createQuery("select * from person where local and lower(name) = lower(:name)")
        .bind("name", name).mapTo(Person.class).findOne();
  }

  /** Any person by name; {@code domain} null means a local one. */
  public Optional<Person> readByNameAndDomain(Handle h, String name, String domain) {
    if (domain == null) return readLocalByName(h, name);
    return h.createQuery("""
            select p.* from person p join instance i on i.id = p.instance_id
            where lower(p.name) = lower(:name) and lower(i.domain) = lower(:domain)""")
        .bind("name", name).bind("domain", domain).mapTo(Person.class).findOne();
  }

  public boolean actorIdTaken(Handle h, String actorId) {
    return h.createQuery("select exists (select 1 from person where lower(actor_id) = lower(:a))")
        .bind("a", actorId).mapTo(Boolean.class).one();
  }

  /** Local admins, oldest first: the first is the top admin. */
  public List<Person> listAdmins(Handle h) {
    return h.createQuery("""
            select p.* from person p join local_user lu on lu.person_id = p.id
            where lu.admin order by p.published, p.id""")
        .mapTo(Person.class).list();
  }

  /** People whose name or display name contains {@code pattern} (a LIKE pattern, lower case). */
  public List<Person> search(Handle h, String pattern, int limit, int offset) {
    return h.createQuery("""
            select * from person
            where not deleted and (lower(name) like :q or lower(coalesce(display_name, '')) like :q)
            order by comment_score + post_score desc, id limit :l offset :o""")
        .bind("q", pattern).bind("l", limit).bind("o", offset).mapTo(Person.class).list();
  }

  /** Bans a person from the site until {@code expires} (null: for good), or lifts the ban. */
  public void setBanned(Handle h, int personId, boolean banned, java.time.Instant expires) {
    h.createUpdate("update person set banned = :b, ban_expires = cast(:e as timestamptz) where id = :p")
        .bind("b", banned).bindByType("e", expires, java.time.Instant.class).bind("p", personId).execute();
    changes.person(h, personId);
  }

  /**
   * Removes (or restores) what a person posted and commented: in one community, or everywhere when
   * {@code communityId} is null (a site ban).
   */
  public void setContentRemoved(Handle h, int personId, Integer communityId, boolean removed) {
    boolean one = communityId != null;
    String posts = "update post set removed = :r where creator_id = :p and removed <> :r"
        + (one ? " and community_id = :c" : "");
    String comments = "update comment set removed = :r where creator_id = :p and removed <> :r"
        + (one ? " and post_id in (select id from post where community_id = :c)" : "");
    for (String sql : java.util.List.of(posts, comments)) {
      var u = h.createUpdate(sql).bind("r", removed).bind("p", personId);
      if (one) u.bind("c", communityId);
      u.execute();
    }
  }

  public void update(Handle h, int personId, ColumnChanges columns) {
    columns.apply(h, "person", personId);
    changes.person(h, personId);
  }

  /** Sets a person's pronouns; an empty list means none. */
  public void setPronouns(Handle h, int personId, List<String> pronouns) {
    h.createUpdate("update person set pronouns = nullif(cast(:p as text[]), '{}'), updated = now() where id = :id")
        .bindArray("p", String.class, pronouns).bind("id", personId).execute();
    changes.person(h, personId);
  }

  /**
   * Drops, from every person, the pronouns whose value is not in {@code kept} (compared without
   * case); returns how many people changed. Only on an admin's explicit request.
   */
  public int keepOnlyPronouns(Handle h, List<String> kept) {
    int dropped = h.createUpdate("""
            update person set pronouns = nullif(array(
                select v from unnest(pronouns) with ordinality as t(v, ord)
                where lower(v) = any (select lower(k) from unnest(cast(:kept as text[])) k) order by ord), '{}'),
              updated = now()
            where pronouns is not null
              and exists (select 1 from unnest(pronouns) v
                          where lower(v) <> all (select lower(k) from unnest(cast(:kept as text[])) k))""")
        .bindArray("kept", String.class, kept).execute();
    changes.everyone(h);
    return dropped;
  }

  /**
   * Lemmy's purge of a leaving account's content: posts and comments stay as placeholders in
   * their threads, marked deleted and emptied; the person stops moderating.
   */
  public void eraseContent(Handle h, int personId) {
    h.createUpdate("""
            update post set name = '*Permanently Deleted*', url = null, body = null, alt_text = null,
              embed_title = null, embed_description = null, embed_video_url = null, thumbnail_url = null,
              deleted = true, updated = now()
            where creator_id = :p""").bind("p", personId).execute();
    h.createUpdate("""
            update comment set content = '*Permanently Deleted*', deleted = true, updated = now()
            where creator_id = :p""").bind("p", personId).execute();
    h.createUpdate("update community_actions set became_moderator = null where person_id = :p")
        .bind("p", personId).execute();
  }

  /** Lemmy's account deletion: the row stays for federation, its personal fields are cleared. */
  public void markDeleted(Handle h, int personId) {
    h.createUpdate("""
            update person set deleted = true, display_name = null, avatar = null, banner = null,
                              bio = null, matrix_user_id = null, pronouns = null,
                              updated = now()
            where id = :id""")
        .bind("id", personId).execute();
    changes.person(h, personId);
  }
}
