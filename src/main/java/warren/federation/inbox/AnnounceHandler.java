package warren.federation.inbox;

import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.objects.Addressing;
import warren.federation.objects.FederationPolicy;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.federation.protocol.ApJson;
import warren.store.community.Community;

/**
 * Announce by a remote community of an activity that happened in it (FEP-1b12, as Lemmy sends
 * them): the inner activity, embedded or fetched by its id, is handled by its own type's rules,
 * must belong to the announcing community, and is recorded by its own id, so that the same
 * activity reaching us directly and announced is applied once. A repeat of the inner activity is
 * no error here. Lemmy's extra Announce of a bare Page (meant for Mastodon) and boosts by people
 * are taken and ignored.
 */
final class AnnounceHandler implements ActivityHandler {
  private final InboxServices s;
  private final Handlers handlers;

  AnnounceHandler(InboxServices s, Handlers handlers) {
    this.s = s;
    this.handlers = handlers;
  }

  @Override
  public Effect prepare(Activity announce, Incoming in) {
    if (in.announced()) throw new DomainException(ErrorType.UNKNOWN, "an Announce inside an Announce");
    if (announce.object() == null || announce.object().id() == null) {
      throw new DomainException(ErrorType.UNKNOWN, "Announce without object");
    }
    if (!Addressing.isPublic(announce.to(), announce.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    if (s.remote().persons().known(in.actorId()).isPresent()) return Effect.NONE; // a boost, not a community
    Community community = s.remote().communities().resolve(in.actorId());

    JsonNode node = announce.object().isEmbedded() ? announce.object().node()
        : s.remote().fetchDocumentTree(announce.object().id());
    String type = Lookups.typeOf(node);
    if (ActivityType.of(type).isEmpty()) return Effect.NONE; // a bare Page or Note: nothing to do
    Activity inner = ApJson.read(node, Activity.class);
    if (inner.id() == null || inner.actorId() == null) {
      throw new DomainException(ErrorType.UNKNOWN, "the announced activity has no id or actor");
    }
    if (!FederationPolicy.sameDomain(inner.id(), inner.actorId())) {
      throw new DomainException(ErrorType.UNKNOWN, inner.id() + " is not on the domain of " + inner.actorId());
    }
    if ("Announce".equals(inner.type())) throw new DomainException(ErrorType.UNKNOWN, "an Announce inside an Announce");
    if (s.remote().policy().isLocal(inner.id())) return Effect.NONE; // our own activity, echoed back
    s.remote().policy().requireRemoteAllowed(inner.id());
    var handler = handlers.of(inner.type());
    if (handler.isEmpty()) return Effect.NONE;
    Incoming innerIn = in.inner(inner.actorId(), node, community);
    Effect effect = handler.get().prepare(inner, innerIn);
    if (innerIn.community() == null && effect != Effect.NONE) {
      throw new DomainException(ErrorType.INVALID_COMMUNITY, "a " + inner.type() + " is not announced by a community");
    }
    return h -> {
      if (s.received().record(h, inner.id())) effect.apply(h);
    };
  }
}
