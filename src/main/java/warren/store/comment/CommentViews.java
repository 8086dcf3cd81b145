package warren.store.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import warren.store.Binds;
import warren.store.RecordMapper;
import warren.store.ViewFilters;
import warren.store.Columns;
import warren.store.JoinedRowMapper;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/** Comments as a person sees them: one query joins comment, creator, post, community and viewer state. */
public final class CommentViews {
  /** The viewer's state and the standings, the view's own columns. */
  private static final String VIEWER_AND_STANDING = """
        cma.saved is not null as saved,
        cma.like_score as my_vote,
      """ + ViewFilters.STANDING_COLUMNS;
  private static final String CREATOR_COLUMNS = Columns.of(Person.class, "cr", "cr_", Columns.KEYS) + ", "
      + Columns.version("cr", "cr_");
  /** The columns of one comment with its creator, without its post and community. */
  private static final String ROW_COLUMNS = Columns.of(Comment.class, "c", "c_") + ", " + Columns.version("c", "c_")
      + ", " + CREATOR_COLUMNS + ", " + VIEWER_AND_STANDING;
  /**
   * What the first step of a list hands to the second: the comment under its own column names,
   * its row version and its community, so that the second step need not read the comment again.
   */
  private static final String PAGE_COLUMNS = Columns.of(Comment.class, "c", "") + ", c.xmin as row_version, p.community_id";
  /**
   * The second step's columns, over the first step's rows (named {@code c} there). Of the creator
   * only the row version: creators repeat down a thread and are mostly in memory already (see
   * {@link #creators}); decoding and sending their columns with every row was a third of the query.
   */
  private static final String PAGE_ROW_COLUMNS = Columns.of(Comment.class, "c", "c_") + ", c.row_version as c_xmin, "
      + Columns.version("cr", "cr_") + ", " + VIEWER_AND_STANDING;
  private static final String CREATORS = "select " + CREATOR_COLUMNS + " from person cr where cr.id = any(:ids)";
  private static final String SELECT = "select " + Columns.of(Post.class, "p", "p_") + ", "
      + Columns.of(Community.class, "co", "co_", Columns.KEYS) + ", " + Columns.version("p", "p_") + ", "
      + Columns.version("co", "co_") + ", " + ROW_COLUMNS;
  /** The posts of a page of comments, each with its community. */
  private static final String PARENTS = "select " + Columns.of(Post.class, "p", "p_") + ", "
      + Columns.of(Community.class, "co", "co_", Columns.KEYS) + ", " + Columns.version("p", "p_") + ", "
      + Columns.version("co", "co_")
      + " from post p join community co on co.id = p.community_id where p.id = any(:ids)";

  /**
   * The joins of a view but the creator's, shared by the query of one comment and the first step
   * of a list, which joins the creator only when a condition needs it.
   */
  private static final String CREATOR_JOIN = " join person cr on cr.id = c.creator_id ";
  private static final String JOINS = """
      join post p on p.id = c.post_id
      join community co on co.id = p.community_id
      left join community_actions cac on cac.person_id = c.creator_id and cac.community_id = p.community_id
      left join comment_actions cma on cma.comment_id = c.id and cma.person_id = :viewer
      left join community_actions ca on ca.community_id = p.community_id and ca.person_id = :viewer
      left join person_actions pb on pb.target_id = c.creator_id and pb.person_id = :viewer
      """;

  /**
   * The joins of the second step of a list, over the first step's rows: the post and the community
   * were needed to choose the page, not to read its rows. The creator's standing is one key lookup
   * a row, kept so by the lateral LIMIT: as a plain join, a page of 300 made the planner hash the
   * whole of community_actions instead.
   */
  private static final String PAGE_JOINS = """
      join person cr on cr.id = c.creator_id
      left join lateral (select received_ban, ban_expires, became_moderator from community_actions x
                         where x.person_id = c.creator_id and x.community_id = c.community_id limit 1) cac on true
      left join comment_actions cma on cma.comment_id = c.id and cma.person_id = :viewer
      left join community_actions ca on ca.community_id = c.community_id and ca.person_id = :viewer
      left join person_actions pb on pb.target_id = c.creator_id and pb.person_id = :viewer
      """;

  private static final String ANONYMOUS_JOINS = ViewFilters.forViewer(JOINS, null);
  private static final String ANONYMOUS_PAGE_JOINS = ViewFilters.forViewer(PAGE_JOINS, null);

  private static String joins(Integer viewerPersonId) {
    return viewerPersonId == null ? ANONYMOUS_JOINS : JOINS;
  }

  private static String pageJoins(Integer viewerPersonId) {
    return viewerPersonId == null ? ANONYMOUS_PAGE_JOINS : PAGE_JOINS;
  }

  /** The most comments one tree fetch returns, as in Lemmy. */
  public static final int TREE_LIMIT = 300;

  // Versioned (see RecordMapper): threads are read again and again, mostly unchanged.
  private static final RowMapper<Comment> COMMENT = RecordMapper.of(Comment.class, "c_").versioned(4096);
  private static final RecordMapper<Person> CREATOR = RecordMapper.of(Person.class, "cr_", Columns.KEYS).versioned(4096);
  private static final RowMapper<Post> POST = RecordMapper.of(Post.class, "p_").versioned(512);
  private static final RowMapper<Community> COMMUNITY =
      RecordMapper.of(Community.class, "co_", Columns.KEYS).versioned(1024);
  private record Parents(Post post, Community community) {}

  /** The view's own columns, read by position like the records (by name, they cost a map lookup each). */
  private record Standing(boolean creatorBannedFromCommunity, boolean bannedFromCommunity, boolean creatorIsModerator,
      boolean creatorIsAdmin, String subscribed, boolean saved, boolean creatorBlocked, Integer myVote) {}

  private static final RowMapper<Standing> STANDING = RecordMapper.of(Standing.class, "");

  private static final RowMapper<Parents> PARENTS_ROW = JoinedRowMapper.of((rs, ctx) -> {
    RowMapper<Post> post = POST.specialize(rs, ctx);
    RowMapper<Community> community = COMMUNITY.specialize(rs, ctx);
    return (r, c) -> new Parents(post.map(r, c), community.map(r, c));
  });

  /** A view with its creator, post and community, read in the same row. */
  private static final RowMapper<CommentView> VIEW = JoinedRowMapper.of((rs, ctx) -> {
    RowMapper<Parents> parents = PARENTS_ROW.specialize(rs, ctx);
    RowMapper<Comment> comment = COMMENT.specialize(rs, ctx);
    RowMapper<Person> creator = CREATOR.specialize(rs, ctx);
    RowMapper<Standing> standing = STANDING.specialize(rs, ctx);
    return (r, c) -> complete(view(comment.map(r, c), standing.map(r, c)), creator.map(r, c), parents.map(r, c));
  });

  /** A row of a list's second step: the view without its creator, and the creator's row version. */
  private record PageRow(CommentView view, long creatorVersion) {}

  private static final RowMapper<PageRow> PAGE_ROW = JoinedRowMapper.of((rs, ctx) -> {
    RowMapper<Comment> comment = COMMENT.specialize(rs, ctx);
    RowMapper<Standing> standing = STANDING.specialize(rs, ctx);
    int creatorVersion = rs.findColumn("cr_xmin");
    return (r, c) -> new PageRow(view(comment.map(r, c), standing.map(r, c)), r.getLong(creatorVersion));
  });

  /** A view without its creator, post and community. */
  private static CommentView view(Comment comment, Standing s) {
    return new CommentView(comment, null, null, null, s.creatorBannedFromCommunity(), s.bannedFromCommunity(),
        s.creatorIsModerator(), s.creatorIsAdmin(), s.subscribed(), s.saved(), s.creatorBlocked(), s.myVote());
  }

  /** The view with its creator, post and community. */
  private static CommentView complete(CommentView v, Person creator, Parents p) {
    return new CommentView(v.comment(), creator, p.post(), p.community(), v.creatorBannedFromCommunity(),
        v.bannedFromCommunity(), v.creatorIsModerator(), v.creatorIsAdmin(), v.subscribed(), v.saved(),
        v.creatorBlocked(), v.myVote());
  }

  public Optional<CommentView> read(Handle h, int commentId, Integer viewerPersonId) {
    var q = h.createQuery(SELECT + " from comment c " + CREATOR_JOIN + joins(viewerPersonId) + " where c.id = :id").bind("id", commentId);
    if (viewerPersonId != null) q.bind("viewer", viewerPersonId);
    return q.map(VIEW).findOne();
  }

  /** One page of comments (or one tree); {@code sort} is a CommentSortType. */
  public List<CommentView> list(Handle h, CommentFilter f, String sort, int limit, int offset) {
    Map<String, Object> binds = new HashMap<>();
    List<String> where = new ArrayList<>(List.of("true"));
    List<String> order = new ArrayList<>();
    boolean thread = f.postId() != null || f.parentPath() != null;
    if (f.postId() != null) {
      // In the text, not bound: posts range from no comments to thousands, and each needs its own
      // plan, which a cached generic plan would not give (see Database).
      where.add("c.post_id = " + f.postId().intValue());
    }
    if (f.parentPath() != null) {
      where.add("c.path <@ :parent::ltree");
      binds.put("parent", f.parentPath());
    }
    if (f.communityId() != null) {
      where.add("p.community_id = :community");
      binds.put("community", f.communityId());
    }
    if (f.communityIds() != null) ViewFilters.inCommunities(where, binds, f.communityIds());
    if (f.communityId() == null && f.communityIds() == null && !thread) {
      where.add("(not co.hidden or ca.followed is not null)");
    }
    if (f.localOnly()) where.add("co.local");
    if (f.creatorId() != null) {
      where.add("c.creator_id = :creator");
      binds.put("creator", f.creatorId());
    }
    if (f.publicCommunitiesOnly()) where.add("co.visibility = 'Public'");
    boolean needsCreator = !f.showBots();
    if (!f.showBots()) where.add("not cr.bot_account");
    if (f.viewerPersonId() != null) {
      ViewFilters.hideBlocked(where);
      if (f.savedOnly()) {
        where.add("cma.saved is not null");
        order.add("cma.saved desc");
      }
      if (f.likedOnly()) where.add("cma.like_score = 1 and c.creator_id <> :viewer");
      if (f.dislikedOnly()) where.add("cma.like_score = -1 and c.creator_id <> :viewer");
    }
    if (f.languageIds() != null) ViewFilters.inLanguages(where, binds, "c.language_id", f.languageIds());
    if (f.search() != null) {
      where.add("c.search @@ websearch_to_tsquery('simple', :search) and not c.deleted and not c.removed");
      binds.put("search", f.search());
    }
    if (f.maxDepth() != null) {
      int depthLimit = f.parentPath() != null ? f.parentPath().split("\\.").length + f.maxDepth() : f.maxDepth() + 1;
      where.add("nlevel(c.path) <= :depth");
      binds.put("depth", depthLimit);
      if (thread) order.add("subpath(c.path, 0, -1)");
    }
    if (thread) order.add("c.distinguished desc");
    switch (sort == null ? "Hot" : sort) {
      case "Top" -> order.add("c.score desc");
      case "New" -> order.add("c.published desc");
      case "Old" -> order.add("c.published asc");
      case "Controversial" -> order.add("c.controversy_rank desc");
      default -> {
        order.add("c.hot_rank desc");
        order.add("c.score desc");
      }
    }
    order.add("c.id" + ("Old".equals(sort) ? " asc" : " desc"));
    // The page is chosen first from the comments alone; only its rows are then joined with their
    // creators and standings, which for a big thread saves thousands of lookups. Sorting fully
    // joined rows of a big thread (each carried its post's body) once spilled to disk.
    // LIMIT and OFFSET in the text, so that the server's cached generic plan sees them (see Database).
    String orderBy = String.join(", ", order);
    String page = "select " + PAGE_COLUMNS + " from comment c " + (needsCreator ? CREATOR_JOIN : "")
        + joins(f.viewerPersonId()) + " where " + String.join(" and ", where) + " order by " + orderBy
        + " limit " + Math.max(0, limit) + " offset " + Math.max(0, offset);
    // The rows leave out their post and community: a thread of 300 comments would repeat one
    // post's body and one community's description 300 times. Those are read once per post below.
    String sql = "with page as materialized (" + page + ") select " + PAGE_ROW_COLUMNS
        + " from page c " + pageJoins(f.viewerPersonId()) + " order by " + orderBy;
    var q = h.createQuery(sql);
    if (f.viewerPersonId() != null) q.bind("viewer", f.viewerPersonId());
    Binds.all(q, binds);
    List<PageRow> rows = q.map(PAGE_ROW).list();
    if (rows.isEmpty()) return List.of();
    Map<Integer, Person> creators = creators(h, rows);
    Map<Integer, Parents> parents = new HashMap<>();
    h.createQuery(PARENTS).bindArray("ids", Integer.class, rows.stream().map(r -> r.view().comment().postId()).distinct().toList())
        .map(PARENTS_ROW).forEach(p -> parents.put(p.post().id(), p));
    List<CommentView> views = new ArrayList<>(rows.size());
    for (PageRow r : rows) {
      CommentView v = r.view();
      Person creator = creators.get(v.comment().creatorId());
      if (creator == null) continue; // purged between the two statements, and its comments with it
      views.add(complete(v, creator, parents.get(v.comment().postId())));
    }
    return views;
  }

  /**
   * The creators of a page's rows, each once: from memory when read before at the row version the
   * page saw, the others in one query. Only outside a write transaction, as {@link RecordMapper}.
   */
  private static Map<Integer, Person> creators(Handle h, List<PageRow> rows) {
    boolean reuse = autoCommit(h);
    Map<Integer, Person> found = new HashMap<>();
    java.util.Set<Integer> missing = new java.util.HashSet<>();
    for (PageRow r : rows) {
      int id = r.view().comment().creatorId();
      if (found.containsKey(id) || missing.contains(id)) continue;
      Person known = reuse ? CREATOR.cached(id, r.creatorVersion()) : null;
      if (known != null) found.put(id, known);
      else missing.add(id);
    }
    if (!missing.isEmpty()) {
      h.createQuery(CREATORS).bindArray("ids", Integer.class, List.copyOf(missing)).map(CREATOR)
          .forEach(p -> found.put(p.id(), p));
    }
    return found;
  }

  private static boolean autoCommit(Handle h) {
    try {
      return h.getConnection().getAutoCommit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
