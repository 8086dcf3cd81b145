package warren.web;

import java.util.List;

/** The sort menus: every value of Lemmy's SortType and CommentSortType, with a label people read. */
public final class Sorts {
  /** A menu entry: the API's value and what the menu shows. */
  public record Choice(String value, String label) {}

  public static final List<Choice> POSTS = List.of(
      new Choice("Active", "Active"), new Choice("Hot", "Hot"), new Choice("Scaled", "Scaled"),
      new Choice("New", "New"), new Choice("Old", "Old"), new Choice("NewComments", "New comments"),
      new Choice("MostComments", "Most comments"), new Choice("Controversial", "Controversial"),
      new Choice("TopHour", "Top of the hour"), new Choice("TopSixHour", "Top, 6 hours"),
      new Choice("TopTwelveHour", "Top, 12 hours"), new Choice("TopDay", "Top of the day"),
      new Choice("TopWeek", "Top of the week"), new Choice("TopMonth", "Top of the month"),
      new Choice("TopThreeMonths", "Top, 3 months"), new Choice("TopSixMonths", "Top, 6 months"),
      new Choice("TopNineMonths", "Top, 9 months"), new Choice("TopYear", "Top of the year"),
      new Choice("TopAll", "Top of all time"));

  public static final List<Choice> COMMENTS = List.of(
      new Choice("Hot", "Hot"), new Choice("Top", "Top"), new Choice("New", "New"), new Choice("Old", "Old"),
      new Choice("Controversial", "Controversial"));

  /** The listing tabs of the front page. */
  public static final List<Choice> LISTINGS = List.of(
      new Choice("Subscribed", "Subscribed"), new Choice("Local", "Local"), new Choice("All", "All"));

  private Sorts() {}
}
