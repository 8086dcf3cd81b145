package warren.domain.posts;

/** Lemmy's CreatePost and EditPost: {@code postId} only when editing. Null leaves a field unchanged. */
public record PostForm(
    Integer postId,
    String name,
    Integer communityId,
    String url,
    String body,
    String altText,
    String honeypot,
    Boolean nsfw,
    Integer languageId,
    String customThumbnail) {}
