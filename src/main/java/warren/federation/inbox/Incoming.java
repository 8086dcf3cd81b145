package warren.federation.inbox;

import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.store.community.Community;

/**
 * One activity being taken in: its verified actor, the JSON as it came, and, for the inner
 * activity of an Announce, the community that announced it. Handlers name the community an
 * activity happens in through {@link #inCommunity}, which applies the rules every community
 * activity shares.
 */
public final class Incoming {
  private final String actorId;
  private final JsonNode raw;
  private final Community announcer;
  private final CommunityFollowers followers;
  private Community community;

  Incoming(String actorId, JsonNode raw, Community announcer, CommunityFollowers followers) {
    this.actorId = actorId;
    this.raw = raw;
    this.announcer = announcer;
    this.followers = followers;
  }

  /** The actor, whose signature (or whose community's Announce) vouches for the activity. */
  public String actorId() {
    return actorId;
  }

  public JsonNode raw() {
    return raw;
  }

  /** The announcing community, for the inner activity of an Announce; null otherwise. */
  public Community announcer() {
    return announcer;
  }

  public boolean announced() {
    return announcer != null;
  }

  /** The community the activity happens in, once a handler named it. */
  public Community community() {
    return community;
  }

  /** Looks up whether a remote community has a local follower. */
  @FunctionalInterface
  interface CommunityFollowers {
    boolean anyLocal(Community c);
  }

  /**
   * Names the community the activity happens in, and checks it may: an announced activity must
   * belong to the community that announced it (FEP-1b12); a local community must be public (a
   * local-only one takes nothing from other sites); a remote one that announces must have a local
   * follower (Lemmy's {@code community_has_no_followers}), so that nobody can push unasked content
   * here. As in Lemmy, not what is sent straight to an inbox here: a ban, or its lifting, reaches
   * the person banned, who no longer follows.
   */
  public void inCommunity(Community c) {
    if (announcer != null && announcer.id() != c.id()) {
      throw new DomainException(ErrorType.INVALID_COMMUNITY,
          c.actorId() + " is not the announcing community " + announcer.actorId());
    }
    if (c.local() && !"Public".equals(c.visibility())) throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY);
    if (!c.local() && announcer != null && !followers.anyLocal(c)) throw new DomainException(ErrorType.COMMUNITY_HAS_NO_FOLLOWERS);
    this.community = c;
  }

  /** The context for the inner activity of an Announce by {@code community}. */
  Incoming inner(String innerActorId, JsonNode innerRaw, Community community) {
    return new Incoming(innerActorId, innerRaw, community, followers);
  }
}
