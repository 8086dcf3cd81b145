package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code CommunityAggregates}. */
public record CommunityAggregates(int communityId, long subscribers, long posts, long comments, Instant published,
    long usersActiveDay, long usersActiveWeek, long usersActiveMonth, long usersActiveHalfYear,
    long subscribersLocal) {

  public static CommunityAggregates of(warren.store.community.Community c) {
    return new CommunityAggregates(c.id(), c.subscribers(), c.posts(), c.comments(), c.published(),
        c.usersActiveDay(), c.usersActiveWeek(), c.usersActiveMonth(), c.usersActiveHalfYear(), c.subscribersLocal());
  }
}
