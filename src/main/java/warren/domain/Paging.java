package warren.domain;

/**
 * Lemmy's page and limit: pages from 1, limits from 1 to 50, 10 by default. A page so far out
 * that its offset would not fit an int is refused rather than wrapped into a negative offset.
 */
public record Paging(int page, int limit) {
  public static final int MAX_LIMIT = 50;

  public static Paging of(Integer page, Integer limit) {
    int p = page == null ? 1 : page;
    int l = limit == null ? 10 : limit;
    if (p < 1 || l < 1 || l > MAX_LIMIT || (long) (p - 1) * l > Integer.MAX_VALUE) {
      throw new DomainException(ErrorType.INVALID_BODY, "page must be >= 1 and limit 1 to 50");
    }
    return new Paging(p, l);
  }

  public int offset() {
    return (page - 1) * limit;
  }
}
