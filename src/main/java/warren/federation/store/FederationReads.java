package warren.federation.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import warren.store.person.Person;
import warren.store.post.Post;

/** The reads federation needs that the other stores have no use for: lists for the collections. */
public final class FederationReads {

  /** The community's featured posts, newest first, as Lemmy's featured collection lists them. */
  public List<Post> featuredPosts(Handle h, int communityId) {
    return h.createQuery("""
            select * from post
            where community_id = :c and featured_community and not deleted and not removed
            order by published desc, id desc""")
        .bind("c", communityId).mapTo(Post.class).list();
  }

  /** The community's newest posts for its outbox (Lemmy sends the 50 newest). */
  public List<Post> newestPosts(Handle h, int communityId, int limit) {
    return h.createQuery("""
            select * from post
            where community_id = :c and not deleted and not removed
            order by published desc, id desc limit :l""")
        .bind("c", communityId).bind("l", limit).mapTo(Post.class).list();
  }

  /** People by id, for the creators of a list of posts. */
  public Map<Integer, Person> persons(Handle h, List<Integer> ids) {
    if (ids.isEmpty()) return Map.of();
    return h.createQuery("select * from person where id = any(:ids)")
        .bindArray("ids", Integer.class, ids).mapTo(Person.class).list().stream()
        .collect(Collectors.toMap(Person::id, Function.identity()));
  }
}
