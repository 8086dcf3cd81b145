package warren.domain.posts;

import java.util.Optional;

/**
 * Fetches what a link shows (title, description, image, embed) for a new post. Slow and
 * fallible by nature, so posts are created first and enriched when it answers.
 */
public interface LinkPreviews {
  record Preview(String title, String description, String image, String embedVideoUrl, String contentType) {}

  Optional<Preview> fetch(String url);

  LinkPreviews NONE = url -> Optional.empty();
}
