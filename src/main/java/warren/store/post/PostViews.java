package warren.store.post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import warren.store.DirectQuery;
import warren.store.RecordMapper;
import warren.store.RowReader;
import warren.store.Columns;
import warren.store.Keyset;
import warren.store.ViewFilters;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.support.cache.BoundedCache;

/** Posts as a person sees them: one query joins post, creator, community and the viewer's state. */
public final class PostViews {
  private static final String SELECT = "select " + Columns.of(Post.class, "p", "p_") + ", "
      + Columns.of(Person.class, "cr", "cr_", Columns.KEYS) + ", " + Columns.of(Community.class, "co", "co_", Columns.KEYS)
      + ", " + Columns.version("p", "p_") + ", " + Columns.version("cr", "cr_") + ", " + Columns.version("co", "co_") + """
      ,
        pa.saved is not null as saved,
        pa.read is not null as read,
        pa.hidden is not null as hidden,
        pa.like_score as my_vote,
        p.comments - coalesce(pa.read_comments_amount, 0) as unread_comments,
      """ + ViewFilters.STANDING_COLUMNS + """
      from post p
      join person cr on cr.id = p.creator_id
      join community co on co.id = p.community_id
      left join community_actions cac on cac.person_id = p.creator_id and cac.community_id = p.community_id
      left join post_actions pa on pa.post_id = p.id and pa.person_id = :viewer
      left join community_actions ca on ca.community_id = p.community_id and ca.person_id = :viewer
      left join person_actions pb on pb.target_id = p.creator_id and pb.person_id = :viewer
      """;

  private static final String ANONYMOUS_SELECT = ViewFilters.forViewer(SELECT, null);

  private static String select(Integer viewerPersonId) {
    return viewerPersonId == null ? ANONYMOUS_SELECT : SELECT;
  }

  /**
   * The view made last from a post's row and a standing: when the rows are the very instances
   * read before (see {@link RecordMapper#versioned}) the view is the same too, and so are its wire
   * record and that record's JSON further up.
   */
  private record ViewKey(int postId, Standing standing) {}

  private static final BoundedCache<ViewKey, PostView> VIEWS = new BoundedCache<>(4096);

  // Versioned: a list reads mostly rows it read before (the same front page, the same creators).
  private static final RecordMapper<Post> POST = RecordMapper.of(Post.class, "p_").versioned(2048);
  private static final RecordMapper<Person> CREATOR = RecordMapper.of(Person.class, "cr_", Columns.KEYS).versioned(4096);
  private static final RecordMapper<Community> COMMUNITY =
      RecordMapper.of(Community.class, "co_", Columns.KEYS).versioned(1024);
  private static final RowReader.Factory<PostView> VIEW_ROWS = (rs, sql) -> {
    RowReader<Post> post = POST.readerFor(rs, sql);
    RowReader<Person> creator = CREATOR.readerFor(rs, sql);
    RowReader<Community> community = COMMUNITY.readerFor(rs, sql);
    RowReader<Standing> standing = standing(rs);
    return r -> {
      Standing s = standing.read(r);
      Post p = post.read(r);
      Person cr = creator.read(r);
      Community co = community.read(r);
      var key = new ViewKey(p.id(), s);
      PostView last = VIEWS.get(key);
      if (last != null && last.post() == p && last.creator() == cr && last.community() == co) return last;
      PostView v = new PostView(p, cr, co,
          s.creatorBannedFromCommunity(), s.bannedFromCommunity(), s.creatorIsModerator(), s.creatorIsAdmin(),
          s.subscribed(), s.saved(), s.read(), s.hidden(), s.creatorBlocked(), s.myVote(), s.unreadComments());
      VIEWS.put(key, v);
      return v;
    };
  };
  private static final RowMapper<PostView> VIEW = DirectQuery.mapper(VIEW_ROWS);

  /** The view's own columns, read by position like the records (by name, they cost a map lookup each). */
  private record Standing(boolean creatorBannedFromCommunity, boolean bannedFromCommunity, boolean creatorIsModerator,
      boolean creatorIsAdmin, String subscribed, boolean saved, boolean read, boolean hidden, boolean creatorBlocked,
      Integer myVote, long unreadComments) {}

  /** Read by hand: twenty of these a page through the generic record mapper cost a tenth of the request. */
  private static RowReader<Standing> standing(java.sql.ResultSet rs) throws java.sql.SQLException {
    int creatorBanned = rs.findColumn("creator_banned_from_community");
    int banned = rs.findColumn("banned_from_community");
    int moderator = rs.findColumn("creator_is_moderator");
    int admin = rs.findColumn("creator_is_admin");
    int subscribed = rs.findColumn("subscribed");
    int saved = rs.findColumn("saved");
    int read = rs.findColumn("read");
    int hidden = rs.findColumn("hidden");
    int blocked = rs.findColumn("creator_blocked");
    int myVote = rs.findColumn("my_vote");
    int unread = rs.findColumn("unread_comments");
    return r -> new Standing(r.getBoolean(creatorBanned), r.getBoolean(banned), r.getBoolean(moderator),
        r.getBoolean(admin), r.getString(subscribed), r.getBoolean(saved), r.getBoolean(read), r.getBoolean(hidden),
        r.getBoolean(blocked), r.getObject(myVote, Integer.class), r.getLong(unread));
  }

  public Optional<PostView> read(Handle h, int postId, Integer viewerPersonId) {
    var q = h.createQuery(select(viewerPersonId) + " where p.id = :id").bind("id", postId);
    if (viewerPersonId != null) q.bind("viewer", viewerPersonId);
    return q.map(VIEW).findOne();
  }

  public List<PostView> readAll(Handle h, List<Integer> postIds, Integer viewerPersonId) {
    if (postIds.isEmpty()) return List.of();
    var byId = new HashMap<Integer, PostView>();
    var q = h.createQuery(select(viewerPersonId) + " where p.id = any(:ids)")
        .bindArray("ids", Integer.class, postIds);
    if (viewerPersonId != null) q.bind("viewer", viewerPersonId);
    q.map(VIEW).forEach(v -> byId.put(v.post().id(), v));
    return postIds.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /** A list query ready to run: its SQL and the values to bind. */
  public record Prepared(String sql, Map<String, Object> binds) {}

  /** One page of a list; {@code after} holds the key values of a cursor, or is empty for page one. */
  public List<PostView> list(Handle h, PostFilter f, PostSort sort, Optional<List<Object>> after, int limit, int offset) {
    Prepared p = prepare(f, sort, after, limit, offset);
    return DirectQuery.list(h, p.sql(), p.binds(), VIEW_ROWS);
  }

  /** The SQL of a list, also used by benchmarks to run the very same statement in pgbench. */
  public Prepared prepare(PostFilter f, PostSort sort, Optional<List<Object>> after, int limit, int offset) {
    boolean inCommunity = f.communityId() != null;
    List<Keyset.Key> keys = sort.keys(inCommunity ? "featured_community" : "featured_local");
    Map<String, Object> binds = new HashMap<>();
    if (f.viewerPersonId() != null) binds.put("viewer", f.viewerPersonId());
    List<String> where = new ArrayList<>();
    where.add("not p.deleted and not p.removed and not co.deleted and not co.removed");
    if (inCommunity) {
      where.add("p.community_id = :community");
      binds.put("community", f.communityId());
    } else {
      where.add("(not co.hidden or ca.followed is not null)");
    }
    if (f.communityIds() != null) ViewFilters.inCommunities(where, binds, f.communityIds());
    if (f.localOnly()) where.add("co.local");
    if (f.creatorId() != null) {
      where.add("p.creator_id = :creator");
      binds.put("creator", f.creatorId());
    }
    if (f.publicCommunitiesOnly()) where.add("co.visibility = 'Public'");
    if (!f.showNsfw()) where.add("not p.nsfw and not co.nsfw");
    if (!f.showBots()) where.add("not cr.bot_account");
    if (f.viewerPersonId() != null) {
      ViewFilters.hideBlocked(where);
      if (!f.showHidden()) where.add("pa.hidden is null");
      if (!f.showRead()) where.add("pa.read is null");
      if (f.savedOnly()) where.add("pa.saved is not null");
      if (f.likedOnly()) where.add("pa.like_score = 1");
      if (f.dislikedOnly()) where.add("pa.like_score = -1");
    }
    if (f.languageIds() != null) ViewFilters.inLanguages(where, binds, "p.language_id", f.languageIds());
    if (f.search() != null) {
      where.add("p.id in (select post_id from post_search where search @@ websearch_to_tsquery('simple', :search))");
      binds.put("search", f.search());
    }
    if (f.url() != null) {
      where.add("p.url = :url");
      binds.put("url", f.url());
    }
    if (sort.window() != null) {
      // Part of the text, so that each window has its own plan (see Database).
      where.add("p.published > now() - interval '" + sort.window().toSeconds() + " seconds'");
    }
    after.ifPresent(values -> where.add(Keyset.after(keys, values.stream().map(PostViews::sqlValue).toList(), binds)));
    // LIMIT and OFFSET are written into the text: a generic plan that cannot see a small LIMIT
    // would sort the whole table instead of walking the index.
    String sql = select(f.viewerPersonId()) + " where " + String.join(" and ", where) + " order by " + Keyset.orderBy(keys)
        + " limit " + Math.max(0, limit) + " offset " + Math.max(0, offset);
    return new Prepared(sql, binds);
  }

  private static Object sqlValue(Object v) {
    return v instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : v;
  }
}
