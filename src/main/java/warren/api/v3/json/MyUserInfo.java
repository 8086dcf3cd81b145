package warren.api.v3.json;

import java.util.List;

/**
 * lemmy-js-client {@code MyUserInfo}. Follows, moderation and blocks are typed as raw JSON nodes
 * until communities exist; they are always lists, as the client expects.
 */
public record MyUserInfo(LocalUserView localUserView, List<Object> follows, List<Object> moderates,
    List<Object> communityBlocks, List<Object> instanceBlocks, List<Object> personBlocks,
    List<Integer> discussionLanguages) {}
