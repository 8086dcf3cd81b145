package warren.domain.search;

/**
 * Fetches what another site has and this one does not know yet, and stores it: federation's
 * side of {@code resolve_object}. Each method throws {@code couldnt_find_object} (or the reason
 * the site may not be asked) when there is nothing to be had.
 */
public interface RemoteLookup {
  enum Kind { POST, COMMENT, COMMUNITY, PERSON }

  /** What was found, by its local id. */
  record Ref(Kind kind, int id) {}

  /** The object an ActivityPub URL names, fetched from its server (redirects followed). */
  Ref fetchUrl(String url);

  /** The person or community {@code name@host} (host with its port, if any), found by WebFinger. */
  Ref fetchHandle(String name, String host);

  /** A site without federation: nothing remote is ever found. */
  RemoteLookup NONE = new RemoteLookup() {
    @Override
    public Ref fetchUrl(String url) {
      throw new warren.domain.DomainException(warren.domain.ErrorType.COULDNT_FIND_OBJECT);
    }

    @Override
    public Ref fetchHandle(String name, String host) {
      throw new warren.domain.DomainException(warren.domain.ErrorType.COULDNT_FIND_OBJECT);
    }
  };
}
