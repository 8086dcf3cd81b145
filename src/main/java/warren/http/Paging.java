package warren.http;

import warren.domain.DomainException;
import warren.domain.ErrorType;

/** Lemmy's page and limit: pages from 1, limits from 1 to 50, 10 by default. */
public record Paging(int page, int limit) {
  public static final int MAX_LIMIT = 50;

  public static Paging of(Integer page, Integer limit) {
    int p = page == null ? 1 : page;
    int l = limit == null ? 10 : limit;
    if (p < 1 || l < 1 || l > MAX_LIMIT) throw new DomainException(ErrorType.INVALID_BODY, "page must be >= 1 and limit 1 to 50");
    return new Paging(p, l);
  }
}
