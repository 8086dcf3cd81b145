package warren.api.v3.json;

import java.util.List;

/** lemmy-js-client {@code MyUserInfo}. */
public record MyUserInfo(LocalUserView localUserView, List<CommunityFollowerView> follows,
    List<CommunityModeratorView> moderates, List<CommunityBlockView> communityBlocks,
    List<InstanceBlockView> instanceBlocks, List<PersonBlockView> personBlocks, List<Integer> discussionLanguages) {}
