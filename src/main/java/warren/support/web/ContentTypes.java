package warren.support.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Media types of fetched links: the essence of a Content-Type header, its charset, and the two
 * fallbacks Lemmy uses ({@code fetch_link_metadata}): a guess from the file extension when the
 * server sends no type, and a look at the first bytes when it sends only
 * {@code application/octet-stream}.
 */
final class ContentTypes {
  static final int SNIFF_BYTES = 512;

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("xhtml", "application/xhtml+xml"),
      Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
      Map.entry("svg", "image/svg+xml"), Map.entry("bmp", "image/bmp"), Map.entry("ico", "image/x-icon"),
      Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mov", "video/quicktime"),
      Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/opus"),
      Map.entry("flac", "audio/flac"), Map.entry("wav", "audio/wav"), Map.entry("pdf", "application/pdf"),
      Map.entry("txt", "text/plain"), Map.entry("json", "application/json"), Map.entry("zip", "application/zip"));

  private ContentTypes() {}

  /** "text/html; charset=UTF-8" gives "text/html". */
  static String essence(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  static boolean isHtml(String contentType) {
    String e = essence(contentType);
    return e.equals("text/html") || e.equals("application/xhtml+xml");
  }

  static boolean isOctetStream(String contentType) {
    return essence(contentType).endsWith("/octet-stream");
  }

  /** The {@code charset} parameter of a Content-Type value, unquoted. */
  static Optional<String> charsetParam(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset", 0, 7)) {
        String rest = p.substring(7).strip();
        if (!rest.startsWith("=")) continue;
        String v = rest.substring(1).strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) v = v.substring(1, v.length() - 1);
        if (!v.isBlank()) return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  /** A type for the last path segment's extension, as when a server sends no Content-Type. */
  static Optional<String> fromPath(String path) {
    if (path == null) return Optional.empty();
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    return Optional.ofNullable(BY_EXTENSION.get(last.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** The type that a file's first bytes (its magic number) show, for the common media formats. */
  static Optional<String> sniff(byte[] b) {
    if (starts(b, 0, 0x89, 'P', 'N', 'G')) return Optional.of("image/png");
    if (starts(b, 0, 0xff, 0xd8, 0xff)) return Optional.of("image/jpeg");
    if (starts(b, 0, 'G', 'I', 'F', '8')) return Optional.of("image/gif");
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) return Optional.of("image/webp");
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'A', 'V', 'E')) return Optional.of("audio/wav");
    if (starts(b, 4, 'f', 't', 'y', 'p')) {
      String brand = b.length >= 12 ? new String(b, 8, 4, StandardCharsets.ISO_8859_1) : "";
      if (brand.equals("avif") || brand.equals("avis")) return Optional.of("image/avif");
      if (brand.startsWith("qt")) return Optional.of("video/quicktime");
      return Optional.of("video/mp4");
    }
    if (starts(b, 0, 0x1a, 0x45, 0xdf, 0xa3)) return Optional.of("video/webm");
    if (starts(b, 0, '%', 'P', 'D', 'F', '-')) return Optional.of("application/pdf");
    if (starts(b, 0, 'I', 'D', '3')) return Optional.of("audio/mpeg");
    if (starts(b, 0, 'O', 'g', 'g', 'S')) return Optional.of("audio/ogg");
    if (starts(b, 0, 'f', 'L', 'a', 'C')) return Optional.of("audio/flac");
    if (starts(b, 0, 'P', 'K', 3, 4)) return Optional.of("application/zip");
    return Optional.empty();
  }

  private static boolean starts(byte[] b, int offset, int... magic) {
    if (b.length < offset + magic.length) return false;
    for (int i = 0; i < magic.length; i++) if ((b[offset + i] & 0xff) != magic[i]) return false;
    return true;
  }
}
