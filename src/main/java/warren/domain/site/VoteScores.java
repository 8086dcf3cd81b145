package warren.domain.site;

import warren.domain.DomainException;
import warren.domain.ErrorType;

/** The one rule for a vote's score on posts and comments alike: 1, -1, or 0, and the site's downvote switch. */
public final class VoteScores {
  private VoteScores() {}

  /** A local person's vote as sent; a downvote on a site without them is refused. */
  public static int local(SiteService site, int score) {
    checkRange(score);
    if (score == -1 && !site.local().localSite().enableDownvotes()) {
      throw new DomainException(ErrorType.DOWNVOTES_ARE_DISABLED);
    }
    return score;
  }

  /** A remote vote: with downvotes off a Dislike only takes back an earlier vote, as Lemmy treats it. */
  public static int remote(SiteService site, int score) {
    checkRange(score);
    return score == -1 && !site.local().localSite().enableDownvotes() ? 0 : score;
  }

  private static void checkRange(int score) {
    if (score < -1 || score > 1) throw new DomainException(ErrorType.INVALID_VOTE_VALUE);
  }
}
