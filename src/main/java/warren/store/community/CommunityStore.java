package warren.store.community;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import warren.store.Binds;
import warren.store.ColumnChanges;
import warren.store.Columns;
import warren.store.DirectQuery;
import warren.store.JoinedRowMapper;
import warren.store.RecordMapper;
import warren.store.person.Person;

/** {@code community}, its languages, and the person-community relations in {@code community_actions}. */
public final class CommunityStore {
  static final String VIEW_SELECT = "select " + Columns.of(Community.class, "c", "c_", Columns.KEYS) + """
      ,
        case when ca.followed is null then 'NotSubscribed'
             when ca.follow_pending then 'Pending' else 'Subscribed' end as subscribed,
        ca.blocked is not null as blocked,
        coalesce(ca.received_ban is not null and (ca.ban_expires is null or ca.ban_expires > now()), false)
          as banned_from_community
      from community c
      left join community_actions ca on ca.community_id = c.id and ca.person_id = :viewer
      """;

  private static final RowMapper<Community> COMMUNITY = RecordMapper.of(Community.class, "c_", Columns.KEYS);
  static final RowMapper<CommunityView> VIEW = new JoinedRowMapper<>() {
    @Override
    protected Specialized<CommunityView> specializeFor(java.sql.ResultSet rs,
        org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
      RowMapper<Community> community = COMMUNITY.specialize(rs, ctx);
      return (r, c) -> new CommunityView(community.map(r, c), r.getString("subscribed"), r.getBoolean("blocked"),
          r.getBoolean("banned_from_community"));
    }
  };

  public record NewCommunity(String name, String title, String description, String icon, String banner,
      boolean nsfw, String actorId, String privateKey, String publicKey, String followersUrl, String inboxUrl,
      String sharedInboxUrl, String moderatorsUrl, String featuredUrl, boolean postingRestrictedToMods,
      int instanceId, String visibility) {}

  public Community insert(Handle h, NewCommunity c) {
    return h.createQuery("""
            insert into community (name, title, description, icon, banner, nsfw, actor_id, private_key, public_key,
                followers_url, inbox_url, shared_inbox_url, moderators_url, featured_url,
                posting_restricted_to_mods, instance_id, visibility, local)
            values (:name, :title, :description, :icon, :banner, :nsfw, :actorId, :privateKey, :publicKey,
                :followersUrl, :inboxUrl, :sharedInboxUrl, :moderatorsUrl, :featuredUrl,
                :postingRestrictedToMods, :instanceId, :visibility, true)
            returning *""")
        .bindMethods(c).mapTo(Community.class).one();
  }

  public Optional<Community> read(Handle h, int id) {
    return h.createQuery("select * from community where id = :id").bind("id", id).mapTo(Community.class).findOne();
  }

  /** The community a post is in, in one query (a vote on a comment needs it and holds only the post id). */
  public Optional<Community> readOfPost(Handle h, int postId) {
    return h.createQuery("select c.* from community c join post p on p.community_id = c.id where p.id = :p")
        .bind("p", postId).mapTo(Community.class).findOne();
  }

  public Optional<Community> readLocalByName(Handle h, String name) {
    return h.createQuery("select * from community where local and lower(name) = lower(:n)")
        .bind("n", name).mapTo(Community.class).findOne();
  }

  public Optional<Community> readByNameAndDomain(Handle h, String name, String domain) {
    return h.createQuery("""
            select c.* from community c join instance i on i.id = c.instance_id
            where lower(c.name) = lower(:n) and lower(i.domain) = lower(:d)""")
        .bind("n", name).bind("d", domain).mapTo(Community.class).findOne();
  }

  public boolean actorIdTaken(Handle h, String actorId) {
    return h.createQuery("select exists (select 1 from community where lower(actor_id) = lower(:a))")
        .bind("a", actorId).mapTo(Boolean.class).one();
  }

  public Optional<Community> readByActorId(Handle h, String actorId) {
    return h.createQuery("select * from community where lower(actor_id) = lower(:a)")
        .bind("a", actorId).mapTo(Community.class).findOne();
  }

  /** Which of a community's collections a URL is. */
  public enum CollectionKind { MODERATORS, FEATURED }

  public record ByCollection(Community community, CollectionKind kind) {}

  /** The community whose moderators or featured collection is at {@code url}. */
  public Optional<ByCollection> readByCollectionUrl(Handle h, String url) {
    return h.createQuery("select * from community where moderators_url = :u or featured_url = :u limit 1")
        .bind("u", url).mapTo(Community.class).findOne()
        .map(c -> new ByCollection(c, url.equals(c.moderatorsUrl()) ? CollectionKind.MODERATORS
            : CollectionKind.FEATURED));
  }

  /** A remote community as its server last described it; {@code published} null means now. */
  public record RemoteCommunity(String actorId, String name, String title, String description, String icon,
      String banner, boolean nsfw, boolean postingRestrictedToMods, String publicKey, String inboxUrl,
      String sharedInboxUrl, String followersUrl, String moderatorsUrl, String featuredUrl,
      java.time.Instant published, java.time.Instant updated, int instanceId) {}

  /** Inserts or refreshes a remote community by actor id; a local one is never touched (empty then). */
  public Optional<Community> upsertRemote(Handle h, RemoteCommunity c) {
    return h.createQuery("""
            insert into community (actor_id, name, title, description, icon, banner, nsfw, posting_restricted_to_mods,
                public_key, inbox_url, shared_inbox_url, followers_url, moderators_url, featured_url, published,
                updated, instance_id, local, deleted, last_refreshed_at)
            values (:actorId, :name, :title, :description, :icon, :banner, :nsfw, :postingRestrictedToMods,
                :publicKey, :inboxUrl, :sharedInboxUrl, :followersUrl, :moderatorsUrl, :featuredUrl,
                coalesce(cast(:published as timestamptz), now()), :updated, :instanceId, false, false, now())
            on conflict ((lower(actor_id))) do update set
              name = excluded.name, title = excluded.title, description = excluded.description,
              icon = excluded.icon, banner = excluded.banner, nsfw = excluded.nsfw,
              posting_restricted_to_mods = excluded.posting_restricted_to_mods, public_key = excluded.public_key,
              inbox_url = excluded.inbox_url, shared_inbox_url = excluded.shared_inbox_url,
              followers_url = excluded.followers_url, moderators_url = excluded.moderators_url,
              featured_url = excluded.featured_url, updated = excluded.updated, instance_id = excluded.instance_id,
              deleted = false, last_refreshed_at = now()
            where not community.local
            returning *""")
        .bindMethods(c).mapTo(Community.class).findOne();
  }

  /** True when a local person follows the community, or has asked to. */
  public boolean hasLocalFollower(Handle h, int communityId) {
    return h.createQuery("""
            select exists (select 1 from community_actions ca join person p on p.id = ca.person_id
                           where ca.community_id = :c and ca.followed is not null and p.local)""")
        .bind("c", communityId).mapTo(Boolean.class).one();
  }

  /** True when a local person other than {@code personId} follows the community, or has asked to. */
  public boolean hasOtherLocalFollower(Handle h, int communityId, int personId) {
    return h.createQuery("""
            select exists (select 1 from community_actions ca join person p on p.id = ca.person_id
                           where ca.community_id = :c and ca.followed is not null and p.local and p.id <> :p)""")
        .bind("c", communityId).bind("p", personId).mapTo(Boolean.class).one();
  }

  /** The community accepted the person's pending follow; false when there was none. */
  public boolean acceptFollow(Handle h, int personId, int communityId) {
    return h.createUpdate("""
            update community_actions set follow_pending = false
            where person_id = :p and community_id = :c and followed is not null""")
        .bind("p", personId).bind("c", communityId).execute() > 0;
  }

  /** Bans a person from a community until {@code expires} (null: for good), or lifts the ban. */
  public void setBanned(Handle h, int personId, int communityId, boolean banned, java.time.Instant expires) {
    h.createUpdate("""
            insert into community_actions (person_id, community_id, received_ban, ban_expires)
            values (:p, :c, case when :b then now() end, case when :b then cast(:e as timestamptz) end)
            on conflict (person_id, community_id) do update
              set received_ban = case when :b then now() end, ban_expires = case when :b then cast(:e as timestamptz) end""")
        .bind("p", personId).bind("c", communityId).bind("b", banned).bindByType("e", expires, java.time.Instant.class).execute();
  }

  /** The ids of this site's own communities. */
  public java.util.List<Integer> localIds(Handle h) {
    return h.createQuery("select id from community where local order by id").mapTo(Integer.class).list();
  }

  public Optional<CommunityView> view(Handle h, int id, Integer viewerPersonId) {
    return h.createQuery(VIEW_SELECT + " where c.id = :id")
        .bind("id", id).bind("viewer", viewerPersonId).map(VIEW).findOne();
  }

  /** A page of communities; {@code where} and {@code orderBy} come from code, never from requests. */
  public List<CommunityView> list(Handle h, Integer viewerPersonId, String where, String orderBy, int limit, int offset,
      java.util.Map<String, Object> binds) {
    // LIMIT and OFFSET in the text, so that the server's cached generic plan sees them (see Database).
    var q = h.createQuery(VIEW_SELECT + " where " + where + " order by " + orderBy + " limit " + Math.max(0, limit)
            + " offset " + Math.max(0, offset))
        .bind("viewer", viewerPersonId);
    Binds.all(q, binds);
    return q.map(VIEW).list();
  }

  public void update(Handle h, int id, ColumnChanges changes) {
    changes.apply(h, "community", id);
  }

  public List<Integer> readLanguages(Handle h, int communityId) {
    return h.createQuery("select language_id from community_language where community_id = :c order by language_id")
        .bind("c", communityId).mapTo(Integer.class).list();
  }

  public void replaceLanguages(Handle h, int communityId, List<Integer> languageIds) {
    h.createUpdate("delete from community_language where community_id = :c").bind("c", communityId).execute();
    var batch = h.prepareBatch("insert into community_language (community_id, language_id) values (:c, :l)");
    for (int l : languageIds) batch.bind("c", communityId).bind("l", l).add();
    if (!languageIds.isEmpty()) batch.execute();
  }

  /** Moderators in the order they joined: the first is the top moderator. */
  public List<Person> moderators(Handle h, int communityId) {
    return h.createQuery("""
            select p.* from community_actions ca join person p on p.id = ca.person_id
            where ca.community_id = :c and ca.became_moderator is not null
            order by ca.became_moderator, p.id""")
        .bind("c", communityId).mapTo(Person.class).list();
  }

  public boolean isModerator(Handle h, int communityId, int personId) {
    return h.createQuery("""
            select exists (select 1 from community_actions
                           where community_id = :c and person_id = :p and became_moderator is not null)""")
        .bind("c", communityId).bind("p", personId).mapTo(Boolean.class).one();
  }

  /** Checked for every action in a community, incoming votes included: direct. */
  public boolean isBanned(Handle h, int personId, int communityId) {
    return DirectQuery.test(h, """
            select exists (select 1 from community_actions where person_id = :p and community_id = :c
                           and received_ban is not null and (ban_expires is null or ban_expires > now()))""",
        Map.of("p", personId, "c", communityId));
  }

  public List<Community> moderatedBy(Handle h, int personId) {
    return h.createQuery("""
            select c.* from community_actions ca join community c on c.id = ca.community_id
            where ca.person_id = :p and ca.became_moderator is not null order by c.title, c.id""")
        .bind("p", personId).mapTo(Community.class).list();
  }

  public List<Community> followedBy(Handle h, int personId) {
    return h.createQuery("""
            select c.* from community_actions ca join community c on c.id = ca.community_id
            where ca.person_id = :p and ca.followed is not null order by c.title, c.id""")
        .bind("p", personId).mapTo(Community.class).list();
  }

  public List<Community> blockedBy(Handle h, int personId) {
    return h.createQuery("""
            select c.* from community_actions ca join community c on c.id = ca.community_id
            where ca.person_id = :p and ca.blocked is not null order by c.title, c.id""")
        .bind("p", personId).mapTo(Community.class).list();
  }

  /** Ids of the communities a person follows (accepted follows only), for the Subscribed list. */
  public List<Integer> followedIds(Handle h, int personId) {
    return h.createQuery("""
            select community_id from community_actions
            where person_id = :p and followed is not null and not follow_pending""")
        .bind("p", personId).mapTo(Integer.class).list();
  }

  public List<Integer> moderatedIds(Handle h, int personId) {
    return h.createQuery("select community_id from community_actions where person_id = :p and became_moderator is not null")
        .bind("p", personId).mapTo(Integer.class).list();
  }

  public void follow(Handle h, int personId, int communityId, boolean pending) {
    h.createUpdate("""
            insert into community_actions (person_id, community_id, followed, follow_pending)
            values (:p, :c, now(), :pending)
            on conflict (person_id, community_id) do update
              set followed = coalesce(community_actions.followed, now()), follow_pending = :pending""")
        .bind("p", personId).bind("c", communityId).bind("pending", pending).execute();
  }

  public void unfollow(Handle h, int personId, int communityId) {
    h.createUpdate("""
            update community_actions set followed = null, follow_pending = false
            where person_id = :p and community_id = :c""")
        .bind("p", personId).bind("c", communityId).execute();
  }

  public void setBlocked(Handle h, int personId, int communityId, boolean blocked) {
    h.createUpdate("""
            insert into community_actions (person_id, community_id, blocked) values (:p, :c, case when :b then now() end)
            on conflict (person_id, community_id) do update
              set blocked = case when :b then coalesce(community_actions.blocked, now()) end""")
        .bind("p", personId).bind("c", communityId).bind("b", blocked).execute();
  }

  public void setModerator(Handle h, int personId, int communityId, boolean moderator) {
    h.createUpdate("""
            insert into community_actions (person_id, community_id, became_moderator)
            values (:p, :c, case when :m then clock_timestamp() end)
            on conflict (person_id, community_id) do update
              set became_moderator = case when :m then coalesce(community_actions.became_moderator, clock_timestamp()) end""")
        .bind("p", personId).bind("c", communityId).bind("m", moderator).execute();
  }
}
