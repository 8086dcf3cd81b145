package warren.http;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import warren.support.cache.BoundedCache;
import warren.support.cache.IdentityKey;

/**
 * Writes {@link RepeatedJson} records from a cache of their serialized form, keyed by the very
 * record instance: records are immutable, so an entry can never go stale, and an identity lookup
 * costs nothing next to hashing a post's body. Instances recur because the layers below reuse
 * them (a row read before, see {@code RecordMapper#versioned}, and its wire record, see
 * {@code api.v3.json}). A miss serializes with {@code plain}, a mapper of the same settings
 * without this module.
 */
final class JsonFragments {
  /** Bodies and descriptions can be long; fragments above this are written afresh each time. */
  private static final int MAX_FRAGMENT_CHARS = 4096;

  private JsonFragments() {}

  static SimpleModule module(ObjectMapper plain, int maxEntries) {
    var cache = new BoundedCache<IdentityKey<Object>, SerializedString>(maxEntries);
    var module = new SimpleModule("warren-repeated-json");
    module.setSerializerModifier(new ValueSerializerModifier() {
      @Override
      public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
          ValueSerializer<?> serializer) {
        return RepeatedJson.class.isAssignableFrom(bean.getBeanClass()) ? new Cached(cache, plain) : serializer;
      }
    });
    return module;
  }

  private static final class Cached extends ValueSerializer<Object> {
    private final BoundedCache<IdentityKey<Object>, SerializedString> cache;
    private final ObjectMapper plain;

    Cached(BoundedCache<IdentityKey<Object>, SerializedString> cache, ObjectMapper plain) {
      this.cache = cache;
      this.plain = plain;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      var key = new IdentityKey<>(value);
      SerializedString json = cache.get(key);
      if (json == null) {
        String text = plain.writeValueAsString(value);
        json = new SerializedString(text);
        json.asUnquotedUTF8(); // encoded once here, then copied as bytes at every write
        if (text.length() <= MAX_FRAGMENT_CHARS) cache.put(key, json);
      }
      gen.writeRawValue(json);
    }
  }
}
