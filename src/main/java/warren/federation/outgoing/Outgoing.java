package warren.federation.outgoing;

import java.util.concurrent.Executor;
import warren.domain.federation.Publisher;
import warren.domain.site.DeliveryStates;
import warren.federation.Federation;
import warren.federation.Inbound;
import warren.federation.inbox.InboxHooks;
import warren.federation.outbox.Outbox;
import warren.store.Stores;

/** The outgoing side of federation, wired: what the domain publishes and what the inbox answers. */
public record Outgoing(Publisher publisher, InboxHooks hooks, DeliveryStates deliveryStates,
    io.helidon.webserver.http.HttpService routes) {

  public static Outgoing wire(Outbox outbox, String origin, Stores stores, Federation federation, Inbound inbound,
      warren.domain.Tx tx, Executor background) {
    var cx = new Context(new Sender(outbox, origin), stores, federation.objects(), inbound.remote().communities(),
        background);
    return new Outgoing(new OutgoingPublisher(cx), new AnnounceAndAccept(cx), new OutboxDeliveryStates(tx, outbox),
        new SentActivityRoutes(tx, outbox, origin));
  }
}
