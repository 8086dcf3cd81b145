package warren.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.RequestOrigin;

/** Request and response plumbing shared by the API handlers. */
public final class Api {
  /** Request bodies above this are refused before parsing; Lemmy's largest field is 50 k characters. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private Api() {}

  /** Reads a JSON body into {@code type}; anything unreadable is {@code invalid_body}. */
  public static <T> T body(ServerRequest req, Class<T> type) {
    byte[] bytes = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
    if (bytes.length > MAX_BODY_BYTES) throw new DomainException(ErrorType.INVALID_BODY, "request body too large");
    if (bytes.length == 0) throw new DomainException(ErrorType.INVALID_BODY, "request body is empty; JSON expected");
    try {
      T value = Json.MAPPER.readValue(bytes, type);
      if (value == null) throw new DomainException(ErrorType.INVALID_BODY, "JSON object expected");
      return value;
    } catch (MismatchedInputException e) {
      throw new DomainException(ErrorType.INVALID_BODY, describe(e));
    } catch (JacksonException e) {
      throw new DomainException(ErrorType.INVALID_BODY, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Reads query parameters into {@code type}, as Lemmy's GET endpoints take their forms. */
  public static <T> T query(ServerRequest req, Class<T> type) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (String name : req.query().names()) {
      List<String> values = req.query().all(name);
      params.put(name, values.size() == 1 ? values.getFirst() : new ArrayList<>(values));
    }
    try {
      return Json.MAPPER.convertValue(params, type);
    } catch (JacksonException e) {
      throw new DomainException(ErrorType.INVALID_BODY, "bad query parameter: " + e.getOriginalMessage());
    }
  }

  /** Fails with {@code invalid_body} naming the field when a required field is missing. */
  public static <T> T required(T value, String field) {
    if (value == null) throw new DomainException(ErrorType.INVALID_BODY, "missing field `" + field + "`");
    return value;
  }

  public static void json(ServerResponse res, Object body) {
    json(res, Json.write(body));
  }

  /** An answer already written as JSON (see {@link RepeatedAnswers}). */
  public static void json(ServerResponse res, byte[] body) {
    res.status(Status.OK_200);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(body);
  }

  public static RequestOrigin origin(ServerRequest req) {
    String ua = req.headers().first(HeaderNames.USER_AGENT).orElse(null);
    List<String> langs = req.headers().first(HeaderNames.ACCEPT_LANGUAGE).map(Api::acceptLanguages).orElse(List.of());
    return new RequestOrigin(ClientIp.of(req).getHostAddress(), ua, langs);
  }

  /** The language ranges of an Accept-Language header, by descending quality. */
  static List<String> acceptLanguages(String header) {
    record Range(String tag, double q, int order) {}
    List<Range> ranges = new ArrayList<>();
    String[] parts = header.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] bits = parts[i].trim().split(";");
      String tag = bits[0].trim();
      if (tag.isEmpty()) continue;
      double q = 1.0;
      for (int j = 1; j < bits.length; j++) {
        String b = bits[j].trim();
        if (b.startsWith("q=")) {
          try {
            q = Double.parseDouble(b.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0) ranges.add(new Range(tag, q, i));
    }
    ranges.sort((a, b) -> a.q() != b.q() ? Double.compare(b.q(), a.q()) : Integer.compare(a.order(), b.order()));
    return ranges.stream().map(Range::tag).toList();
  }

  private static String describe(MismatchedInputException e) {
    String path = e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .reduce((a, b) -> a + "." + b).orElse("");
    return path.isEmpty() ? e.getOriginalMessage() : "invalid value for `" + path + "`";
  }
}
