package warren.federation.outbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** For a test class: an {@link OutboxRig} with a fake inbox that is up and quick workers. */
final class DeliveringRig implements BeforeAllCallback, AfterAllCallback {
  private OutboxRig rig;

  @Override
  public void beforeAll(ExtensionContext context) {
    rig = OutboxRig.start();
    rig.inbox = FakeInbox.start(rig.publicKey);
    rig.closeWithRig(rig.inbox);
    rig.startWorkers(OutboxRig.quick());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    rig.close();
  }

  OutboxRig rig() {
    return rig;
  }

  FakeInbox inbox() {
    return rig.inbox;
  }
}
