package warren.federation.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One handler per activity type Warren takes in; other types are accepted and ignored. */
public final class Handlers {
  private final Map<String, ActivityHandler> byType = new HashMap<>();

  public Handlers(InboxServices s) {
    byType.put("Follow", new FollowHandler(s));
    byType.put("Accept", new AcceptHandler(s));
    byType.put("Undo", new UndoHandler(this));
    byType.put("Create", new CreateHandler(s));
    byType.put("Update", new UpdateHandler(s));
    byType.put("Delete", new DeleteHandler(s));
    byType.put("Like", new LikeHandler(s));
    byType.put("Dislike", new DislikeHandler(s));
    byType.put("Announce", new AnnounceHandler(s, this));
    byType.put("Lock", new LockHandler(s));
    byType.put("Add", new AddHandler(s));
    byType.put("Remove", new RemoveHandler(s));
    byType.put("Block", new BlockHandler(s));
  }

  public Optional<ActivityHandler> of(String type) {
    return Optional.ofNullable(type == null ? null : byType.get(type));
  }
}
