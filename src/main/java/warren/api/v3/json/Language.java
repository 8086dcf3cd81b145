package warren.api.v3.json;

/** lemmy-js-client {@code Language}. */
public record Language(int id, String code, String name) {
  public static Language of(warren.store.site.Language l) {
    return new Language(l.id(), l.code(), l.name());
  }
}
