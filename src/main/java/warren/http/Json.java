package warren.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON codec of the API. Java records use camelCase; the wire uses Lemmy's snake_case.
 * Absent values are left out rather than sent as null, as Lemmy's serde does, and unknown fields
 * in requests are ignored, so newer clients keep working.
 */
public final class Json {
  public static final JsonMapper MAPPER = builder()
      .addModule(JsonFragments.module(() -> Json.MAPPER, 4096))
      .build();

  private static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .propertyNamingStrategy(new LemmySnakeCase())
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Generated accessors instead of reflection: the lists serialize hundreds of records per answer.
        .addModule(new tools.jackson.module.blackbird.BlackbirdModule())
        .addModule(new tools.jackson.databind.module.SimpleModule("warren-time")
            .addSerializer(java.time.Instant.class, new InstantJson()));
  }

  private Json() {}

  public static byte[] write(Object value) {
    return MAPPER.writeValueAsBytes(value);
  }
}
