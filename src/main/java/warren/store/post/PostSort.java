package warren.store.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import warren.store.Keyset;

/**
 * How each of Lemmy's post sorts orders: featured posts first, then the sort's stored column,
 * with published and id as tie-breaks so that the order is total and a cursor is exact. Each
 * order matches one index of the post table.
 */
public record PostSort(String name, String column, boolean descending, boolean tieOnPublished, Duration window) {

  public static PostSort of(String name) {
    return switch (name == null ? "Active" : name) {
      case "Hot" -> new PostSort("Hot", "hot_rank", true, true, null);
      case "Active" -> new PostSort("Active", "hot_rank_active", true, true, null);
      case "Scaled" -> new PostSort("Scaled", "scaled_rank", true, true, null);
      case "Controversial" -> new PostSort("Controversial", "controversy_rank", true, true, null);
      case "New" -> new PostSort("New", "published", true, false, null);
      case "Old" -> new PostSort("Old", "published", false, false, null);
      case "MostComments" -> new PostSort("MostComments", "comments", true, true, null);
      case "NewComments" -> new PostSort("NewComments", "newest_comment_time", true, false, null);
      case "TopHour" -> top(name, Duration.ofHours(1));
      case "TopSixHour" -> top(name, Duration.ofHours(6));
      case "TopTwelveHour" -> top(name, Duration.ofHours(12));
      case "TopDay" -> top(name, Duration.ofDays(1));
      case "TopWeek" -> top(name, Duration.ofDays(7));
      case "TopMonth" -> top(name, Duration.ofDays(30));
      case "TopThreeMonths" -> top(name, Duration.ofDays(91));
      case "TopSixMonths" -> top(name, Duration.ofDays(182));
      case "TopNineMonths" -> top(name, Duration.ofDays(273));
      case "TopYear" -> top(name, Duration.ofDays(365));
      case "TopAll" -> top(name, null);
      default -> throw new IllegalArgumentException("unknown sort " + name);
    };
  }

  private static PostSort top(String name, Duration window) {
    return new PostSort(name, "score", true, true, window);
  }

  /** The full ordering; {@code featuredColumn} is featured_local, or featured_community in a community. */
  public List<Keyset.Key> keys(String featuredColumn) {
    List<Keyset.Key> keys = new ArrayList<>();
    keys.add(new Keyset.Key("p." + featuredColumn, true));
    keys.add(new Keyset.Key("p." + column, descending));
    if (tieOnPublished) keys.add(new Keyset.Key("p.published", descending));
    keys.add(new Keyset.Key("p.id", descending));
    return keys;
  }
}
