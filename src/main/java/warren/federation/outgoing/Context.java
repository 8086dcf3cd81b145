package warren.federation.outgoing;

import java.util.concurrent.Executor;
import org.jdbi.v3.core.Handle;
import warren.federation.actors.LocalObjects;
import warren.federation.objects.RemoteCommunities;
import warren.store.Stores;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/** What every sender reads from: rows in the caller's transaction, and the objects built from them. */
record Context(Sender sender, Stores stores, LocalObjects objects, RemoteCommunities remoteCommunities,
    Executor background) {

  Post post(Handle h, int id) {
    return stores.posts().read(h, id).orElseThrow();
  }

  Comment comment(Handle h, int id) {
    return stores.comments().read(h, id).orElseThrow();
  }

  Community community(Handle h, int id) {
    return stores.communities().read(h, id).orElseThrow();
  }

  Person person(Handle h, int id) {
    return stores.persons().read(h, id).orElseThrow();
  }
}
