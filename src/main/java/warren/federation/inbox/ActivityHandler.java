package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.Activity;

/**
 * The handling of one activity type. {@link #prepare} runs outside any transaction: it checks the
 * activity against Lemmy's rules for its type, fetches and stores what it refers to (actors,
 * objects, parents; facts from their own servers), and returns the {@link Effect}, which the
 * inbox applies in one transaction through the domain services. A rule broken throws a
 * {@link DomainException}, answered 4xx.
 */
public interface ActivityHandler {
  Effect prepare(Activity activity, Incoming in);

  /** The effect of an Undo of an activity of this type; most types cannot be undone. */
  default Effect prepareUndo(Activity undone, Incoming in) {
    throw new DomainException(ErrorType.UNKNOWN, "cannot undo a " + undone.type());
  }
}
