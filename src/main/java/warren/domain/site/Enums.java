package warren.domain.site;

import java.util.Set;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** The enum spellings of Lemmy's API v3, checked where a request names one. */
public final class Enums {
  public static final Set<String> LISTING_TYPES = Set.of("All", "Local", "Subscribed", "ModeratorView");
  public static final Set<String> SORT_TYPES = Set.of("Active", "Hot", "New", "Old", "TopDay", "TopWeek",
      "TopMonth", "TopYear", "TopAll", "MostComments", "NewComments", "TopHour", "TopSixHour",
      "TopTwelveHour", "TopThreeMonths", "TopSixMonths", "TopNineMonths", "Controversial", "Scaled");
  public static final Set<String> REGISTRATION_MODES = Set.of("Closed", "RequireApplication", "Open");
  public static final Set<String> POST_LISTING_MODES = Set.of("List", "Card", "SmallCard");
  public static final Set<String> COMMUNITY_VISIBILITIES = Set.of("Public", "LocalOnly");
  public static final Set<String> SUBSCRIBED_TYPES = Set.of("Subscribed", "NotSubscribed", "Pending");
  public static final Set<String> COMMENT_SORT_TYPES = Set.of("Hot", "Top", "New", "Old", "Controversial");
  public static final Set<String> SEARCH_TYPES = Set.of("All", "Comments", "Posts", "Communities", "Users", "Url");
  public static final Set<String> POST_FEATURE_TYPES = Set.of("Local", "Community");
  public static final Set<String> CAPTCHA_DIFFICULTIES = Set.of("easy", "medium", "hard");

  private Enums() {}

  /** Passes null through; refuses a value outside {@code allowed} with {@link ErrorType#INVALID_BODY}. */
  public static String check(String value, Set<String> allowed, String field) {
    if (value != null && !allowed.contains(value)) {
      throw new DomainException(ErrorType.INVALID_BODY, "unknown variant `" + value + "` for " + field);
    }
    return value;
  }
}
