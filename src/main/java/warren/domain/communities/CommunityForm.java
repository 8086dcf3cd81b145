package warren.domain.communities;

import java.util.List;

/**
 * Lemmy's CreateCommunity and EditCommunity: {@code name} only when creating, {@code communityId}
 * only when editing. Null leaves a field as it is; an empty string clears a text field.
 */
public record CommunityForm(
    Integer communityId,
    String name,
    String title,
    String description,
    String icon,
    String banner,
    Boolean nsfw,
    Boolean postingRestrictedToMods,
    List<Integer> discussionLanguages,
    String visibility) {}
