package warren.federation.protocol;

import java.util.List;
import java.util.Objects;

/** Lists read leniently hold nulls where an element made no sense; records drop them. */
final class Lists {
  private Lists() {}

  static <T> List<T> clean(List<T> list) {
    return list == null ? null : list.stream().filter(Objects::nonNull).toList();
  }
}
