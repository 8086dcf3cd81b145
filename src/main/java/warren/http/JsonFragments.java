package warren.http;

import java.util.function.Supplier;
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
 * {@code api.v3.json}). A miss serializes the record with its own bean serializer, through the
 * same mapper, so the repeated records inside it (a post view's post, creator and community)
 * come from the cache too.
 */
final class JsonFragments {
  /**
   * Bodies and descriptions can be long; fragments above this are written afresh each time. With
   * the 4,096 entries of {@link Json}, the cache holds at most 32 M characters (each kept as text
   * and as UTF-8), most fragments being one or two kilobytes; a whole post view is one of them.
   */
  private static final int MAX_FRAGMENT_CHARS = 8192;

  private JsonFragments() {}

  /** {@code mapper}: the mapper this module is added to, asked for only once serializing starts. */
  static SimpleModule module(Supplier<ObjectMapper> mapper, int maxEntries) {
    var cache = new BoundedCache<IdentityKey<Object>, SerializedString>(maxEntries);
    var module = new SimpleModule("warren-repeated-json");
    module.setSerializerModifier(new ValueSerializerModifier() {
      @Override
      @SuppressWarnings("unchecked")
      public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
          ValueSerializer<?> serializer) {
        return RepeatedJson.class.isAssignableFrom(bean.getBeanClass())
            ? new Cached(cache, mapper, (ValueSerializer<Object>) serializer) : serializer;
      }
    });
    return module;
  }

  /** The record being serialized afresh on this thread: written by its bean serializer, not looked up. */
  private static final ThreadLocal<Object> AFRESH = new ThreadLocal<>();

  private static final class Cached extends ValueSerializer<Object> {
    private final BoundedCache<IdentityKey<Object>, SerializedString> cache;
    private final Supplier<ObjectMapper> mapper;
    private final ValueSerializer<Object> bean;

    Cached(BoundedCache<IdentityKey<Object>, SerializedString> cache, Supplier<ObjectMapper> mapper,
        ValueSerializer<Object> bean) {
      this.cache = cache;
      this.mapper = mapper;
      this.bean = bean;
    }

    @Override
    public void resolve(SerializationContext ctxt) {
      bean.resolve(ctxt);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      if (AFRESH.get() == value) {
        AFRESH.remove();
        bean.serialize(value, gen, ctxt);
        return;
      }
      var key = new IdentityKey<>(value);
      SerializedString json = cache.get(key);
      if (json == null) {
        String text = afresh(value);
        json = new SerializedString(text);
        json.asUnquotedUTF8(); // encoded once here, then copied as bytes at every write
        if (text.length() <= MAX_FRAGMENT_CHARS) cache.put(key, json);
      }
      gen.writeRawValue(json);
    }

    private String afresh(Object value) {
      Object outer = AFRESH.get();
      AFRESH.set(value);
      try {
        return mapper.get().writeValueAsString(value);
      } finally {
        AFRESH.set(outer);
      }
    }
  }
}
