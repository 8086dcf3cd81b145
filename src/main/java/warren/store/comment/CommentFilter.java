package warren.store.comment;

import java.util.List;

/**
 * What a comment list shows. With {@code maxDepth} it is a tree: every comment down to that depth
 * below the post or the {@code parentPath}, grouped by parent, as Lemmy's clients rebuild threads.
 */
public record CommentFilter(
    Integer viewerPersonId,
    Integer postId,
    String parentPath,
    Integer communityId,
    List<Integer> communityIds,
    boolean localOnly,
    Integer creatorId,
    boolean savedOnly,
    boolean likedOnly,
    boolean dislikedOnly,
    boolean showBots,
    List<Integer> languageIds,
    boolean publicCommunitiesOnly,
    Integer maxDepth,
    String search) {}
