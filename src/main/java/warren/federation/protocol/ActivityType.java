package warren.federation.protocol;

import java.util.Optional;

/** The activity types Lemmy 0.19 sends or accepts. {@code Reject} is read but Lemmy has no handler for it. */
public enum ActivityType {
  Follow, Accept, Reject, Undo, Create, Update, Delete, Like, Dislike, Announce, Add, Remove, Lock, Block, Flag;

  public static Optional<ActivityType> of(String type) {
    if (type == null) return Optional.empty();
    for (ActivityType t : values()) {
      if (t.name().equals(type)) return Optional.of(t);
    }
    return Optional.empty();
  }
}
