package warren.api.v3.json;

import java.util.List;

/** lemmy-js-client {@code GetPersonDetailsResponse}; {@code site} is sent for remote people only. */
public record GetPersonDetailsResponse(PersonView personView, Site site, List<CommentView> comments,
    List<PostView> posts, List<CommunityModeratorView> moderates) {}
