package warren.store.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import warren.support.cache.BoundedCache;
import warren.support.cache.IdentityKey;

/**
 * A page cursor: the sort keys of the last post of a page, so the next page starts strictly
 * after it in the order as it stood, even if that post has since moved. Opaque to clients.
 */
public final class PostCursor {
  private static final String VERSION = "p1";
  /*
   * Every reader of a list's next page sends the same cursor, made from the same last post, and
   * formatting and parsing its timestamp was 5 % of a front-page request: both are remembered.
   * A decoded cursor is immutable; a post row is an immutable instance reused while unchanged.
   */
  private static final BoundedCache<Encoding, String> ENCODED = new BoundedCache<>(1024);
  private static final BoundedCache<Decoding, Optional<List<Object>>> DECODED = new BoundedCache<>(1024);

  private record Encoding(PostSort sort, boolean featuredInCommunity, IdentityKey<Post> last) {}

  private record Decoding(String cursor, PostSort sort, boolean featuredInCommunity) {}

  private PostCursor() {}

  public static String encode(PostSort sort, boolean featuredInCommunity, Post last) {
    return ENCODED.computeIfAbsent(new Encoding(sort, featuredInCommunity, new IdentityKey<>(last)),
        k -> encodeNew(sort, featuredInCommunity, last));
  }

  private static String encodeNew(PostSort sort, boolean featuredInCommunity, Post last) {
    List<String> parts = new ArrayList<>();
    parts.add(VERSION);
    parts.add(sort.name());
    parts.add(featuredInCommunity ? "c" : "l");
    parts.add(Boolean.toString(featuredInCommunity ? last.featuredCommunity() : last.featuredLocal()));
    parts.add(format(value(sort.column(), last)));
    if (sort.tieOnPublished()) parts.add(format(last.published()));
    parts.add(Integer.toString(last.id()));
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }

  /** The key values, or empty when the cursor is malformed or was made for another sort or list. */
  public static Optional<List<Object>> decode(String cursor, PostSort sort, boolean featuredInCommunity) {
    if (cursor.length() > 200) return Optional.empty(); // not one of ours; and not worth remembering
    return DECODED.computeIfAbsent(new Decoding(cursor, sort, featuredInCommunity),
        k -> decodeNew(cursor, sort, featuredInCommunity));
  }

  private static Optional<List<Object>> decodeNew(String cursor, PostSort sort, boolean featuredInCommunity) {
    try {
      String[] p = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      int expected = sort.tieOnPublished() ? 7 : 6;
      if (p.length != expected || !p[0].equals(VERSION) || !p[1].equals(sort.name())
          || !p[2].equals(featuredInCommunity ? "c" : "l")) {
        return Optional.empty();
      }
      List<Object> values = new ArrayList<>();
      values.add(Boolean.parseBoolean(p[3]));
      values.add(parse(p[4]));
      if (sort.tieOnPublished()) values.add(parse(p[5]));
      values.add(Integer.parseInt(p[p.length - 1]));
      return Optional.of(List.copyOf(values));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Object value(String column, Post p) {
    return switch (column) {
      case "hot_rank" -> p.hotRank();
      case "hot_rank_active" -> p.hotRankActive();
      case "scaled_rank" -> p.scaledRank();
      case "controversy_rank" -> p.controversyRank();
      case "published" -> p.published();
      case "comments" -> p.comments();
      case "newest_comment_time" -> p.newestCommentTime();
      case "score" -> p.score();
      default -> throw new IllegalArgumentException(column);
    };
  }

  private static String format(Object v) {
    return switch (v) {
      case Double d -> "d" + Double.toString(d);
      case Long l -> "l" + l;
      case Instant i -> "t" + i;
      default -> throw new IllegalArgumentException(String.valueOf(v));
    };
  }

  private static Object parse(String s) {
    return switch (s.charAt(0)) {
      case 'd' -> Double.parseDouble(s.substring(1));
      case 'l' -> Long.parseLong(s.substring(1));
      case 't' -> Instant.parse(s.substring(1));
      default -> throw new IllegalArgumentException(s);
    };
  }
}
