package warren.federation.objects;

import java.util.List;
import warren.federation.protocol.ApJson;

/** Who an object or activity is addressed to. */
public final class Addressing {
  private Addressing() {}

  /** True when {@code #Public} is in {@code to} or {@code cc}, as Lemmy's {@code verify_is_public} wants. */
  public static boolean isPublic(List<String> to, List<String> cc) {
    return (to != null && to.contains(ApJson.PUBLIC)) || (cc != null && cc.contains(ApJson.PUBLIC));
  }
}
