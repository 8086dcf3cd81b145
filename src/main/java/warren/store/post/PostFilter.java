package warren.store.post;

import java.util.List;

/**
 * What a post list shows. {@code communityIds} restricts to those communities (the Subscribed and
 * ModeratorView lists fetch them first, which beats a join); {@code languageIds} null means all.
 */
public record PostFilter(
    Integer viewerPersonId,
    boolean localOnly,
    Integer communityId,
    List<Integer> communityIds,
    Integer creatorId,
    boolean savedOnly,
    boolean likedOnly,
    boolean dislikedOnly,
    boolean showHidden,
    boolean showNsfw,
    boolean showRead,
    boolean showBots,
    List<Integer> languageIds,
    boolean publicCommunitiesOnly,
    String search,
    String url) {}
