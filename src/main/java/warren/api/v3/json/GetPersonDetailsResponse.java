package warren.api.v3.json;

import java.util.List;

/** lemmy-js-client {@code GetPersonDetailsResponse}; posts and comments arrive with issue 4. */
public record GetPersonDetailsResponse(PersonView personView, Site site, List<Object> comments, List<Object> posts,
    List<Object> moderates) {}
