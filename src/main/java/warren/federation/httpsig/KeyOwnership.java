package warren.federation.httpsig;

import warren.federation.httpsig.SignatureException.Reason;
import warren.support.web.UrlHosts;

/**
 * Whether a signature may speak for an activity: the key must belong to the activity's actor, and
 * the actor must live on the activity id's domain, so that one server cannot sign another's
 * activities. Domains compare without port and case, as Lemmy's {@code verify_domains_match}.
 */
public final class KeyOwnership {
  private KeyOwnership() {}

  /** Throws {@link SignatureException} ({@code WRONG_KEY_OWNER}) unless the check holds. */
  public static void check(HttpSignatures.Verified signature, String actorId, String activityId) {
    if (actorId == null || !actorId.equals(signature.ownerId())) {
      throw new SignatureException(Reason.WRONG_KEY_OWNER,
          signature.keyId() + " belongs to " + signature.ownerId() + ", not to the actor " + actorId);
    }
    if (!sameDomain(signature.keyId(), actorId)) {
      throw new SignatureException(Reason.WRONG_KEY_OWNER, signature.keyId() + " is not on the domain of " + actorId);
    }
    if (activityId == null || !sameDomain(actorId, activityId)) {
      throw new SignatureException(Reason.WRONG_KEY_OWNER, "activity " + activityId + " is not on the domain of " + actorId);
    }
  }

  /** True when both URLs have the same host, ignoring case and port. */
  public static boolean sameDomain(String a, String b) {
    String ha = host(a);
    return ha != null && ha.equals(host(b));
  }

  static String host(String url) {
    return UrlHosts.host(url);
  }
}
