package warren.domain.federation;

import org.jdbi.v3.core.Handle;
import warren.store.person.Person;

/**
 * The publisher the domain services hold: the outgoing side is built after them (it needs the
 * federation wiring), so it is handed over once ready. Until then nothing is sent.
 */
public final class SwitchablePublisher implements Publisher {
  private volatile Publisher target = NONE;

  public void use(Publisher p) {
    target = p == null ? NONE : p;
  }

  public void follow(Handle h, Person p, int c, boolean f) { target.follow(h, p, c, f); }
  public void postCreated(Handle h, int p) { target.postCreated(h, p); }
  public void postUpdated(Handle h, int p) { target.postUpdated(h, p); }
  public void commentCreated(Handle h, int c) { target.commentCreated(h, c); }
  public void commentUpdated(Handle h, int c) { target.commentUpdated(h, c); }
  public void postDeleted(Handle h, Person a, int p, boolean d, boolean r, String s) {
    target.postDeleted(h, a, p, d, r, s);
  }
  public void commentDeleted(Handle h, Person a, int c, boolean d, boolean r, String s) {
    target.commentDeleted(h, a, c, d, r, s);
  }
  public void postVoted(Handle h, Person v, int p, int s) { target.postVoted(h, v, p, s); }
  public void commentVoted(Handle h, Person v, int c, int s) { target.commentVoted(h, v, c, s); }
  public void postLocked(Handle h, Person m, int p, boolean l) { target.postLocked(h, m, p, l); }
  public void postFeatured(Handle h, Person m, int p, boolean f) { target.postFeatured(h, m, p, f); }
  public void moderatorChanged(Handle h, Person a, int c, Person t, boolean added) {
    target.moderatorChanged(h, a, c, t, added);
  }
  public void communityUpdated(Handle h, Person a, int c) { target.communityUpdated(h, a, c); }
  public void bannedFromCommunity(Handle h, Person m, int c, Person t, boolean b, boolean r, String s,
      java.time.Instant e) {
    target.bannedFromCommunity(h, m, c, t, b, r, s, e);
  }
  public void bannedFromSite(Handle h, Person a, Person t, boolean b, boolean r, String s, java.time.Instant e) {
    target.bannedFromSite(h, a, t, b, r, s, e);
  }
  public void communityDeleted(Handle h, Person a, int c, boolean d, boolean r, String s) {
    target.communityDeleted(h, a, c, d, r, s);
  }
}
