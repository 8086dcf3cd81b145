package warren.domain.accounts;

/** The ActivityPub ids of local actors, built from the site's origin as Lemmy builds them. */
public record ActorUrls(String origin) {
  public String person(String name) {
    return origin + "/u/" + name;
  }

  public String community(String name) {
    return origin + "/c/" + name;
  }

  public String inbox(String actorId) {
    return actorId + "/inbox";
  }

  public String sharedInbox() {
    return origin + "/inbox";
  }

  public String site() {
    return origin + "/";
  }
}
