package warren.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import warren.app.Warren;
import warren.domain.posts.PostListing;

/**
 * Writes, for each front-page URL, the exact statement Warren runs for it (from the same code
 * path, with the values inlined) as a pgbench script: the floor that Warren's throughput is
 * compared with.
 */
final class FrontPageSql {
  private static final Pattern PARAM = Pattern.compile("(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)");

  private FrontPageSql() {}

  static Path[] write(Warren warren, List<String> urls, String token, Path dir) throws IOException {
    Files.createDirectories(dir);
    var viewer = token == null ? Optional.<warren.domain.accounts.LocalUserView>empty()
        : warren.services().sessions().authenticate(token);
    Path[] scripts = new Path[urls.size()];
    for (int i = 0; i < urls.size(); i++) {
      Map<String, String> q = query(urls.get(i));
      var prepared = warren.services().postListing().sql(viewer, new PostListing.Query(q.get("type_"), q.get("sort"),
          null, Integer.parseInt(q.get("limit")), null, null, null, null, null, null, q.get("page_cursor"),
          null, null, null));
      scripts[i] = dir.resolve("page" + (i + 1) + ".sql");
      Files.writeString(scripts[i], inline(prepared.sql(), prepared.binds()).replaceAll("\\s+", " ") + ";\n");
    }
    return scripts;
  }

  static String inline(String sql, Map<String, Object> binds) {
    Matcher m = PARAM.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!binds.containsKey(name)) throw new IllegalStateException("no value for :" + name);
      m.appendReplacement(out, Matcher.quoteReplacement(literal(binds.get(name))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String literal(Object v) {
    return switch (v) {
      case null -> "null::integer";
      case String s -> "'" + s.replace("'", "''") + "'";
      case OffsetDateTime t -> "'" + t + "'::timestamptz";
      case Integer[] a -> "array[" + Arrays.stream(a).map(String::valueOf).collect(Collectors.joining(",")) + "]::integer[]";
      case Double d -> Double.toString(d) + "::double precision";
      default -> v.toString();
    };
  }

  private static Map<String, String> query(String url) {
    Map<String, String> q = new HashMap<>();
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      String[] kv = pair.split("=", 2);
      q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return q;
  }
}
