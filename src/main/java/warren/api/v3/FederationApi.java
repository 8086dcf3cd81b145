package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.List;
import warren.domain.site.DeliveryStates;
import warren.domain.site.FederatedInstances;
import warren.http.Api;

/** GET /api/v3/federated_instances. */
public final class FederationApi implements HttpService {
  private final FederatedInstances instances;

  public FederationApi(FederatedInstances instances) {
    this.instances = instances;
  }

  /** lemmy-js-client {@code ReadableFederationState}. */
  record ReadableFederationState(int instanceId, Long lastSuccessfulId, Instant lastSuccessfulPublishedTime,
      int failCount, Instant lastRetry, Instant nextRetry) {}

  /** lemmy-js-client {@code InstanceWithFederationState}. */
  record InstanceWithFederationState(int id, String domain, Instant published, Instant updated, String software,
      String version, ReadableFederationState federationState) {
    static InstanceWithFederationState of(FederatedInstances.Entry e) {
      var i = e.instance();
      return new InstanceWithFederationState(i.id(), i.domain(), i.published(), i.updated(), i.software(), i.version(),
          e.state().map(s -> state(i.id(), s)).orElse(null));
    }

    private static ReadableFederationState state(int instanceId, DeliveryStates.State s) {
      return new ReadableFederationState(instanceId, s.lastSuccessfulId(), s.lastSuccessfulPublishedTime(),
          s.failCount(), s.lastRetry(), s.nextRetry());
    }
  }

  record FederatedInstancesJson(List<InstanceWithFederationState> linked, List<InstanceWithFederationState> allowed,
      List<InstanceWithFederationState> blocked) {}

  record GetFederatedInstancesResponse(FederatedInstancesJson federatedInstances) {}

  @Override
  public void routing(HttpRules rules) {
    rules.get("/federated_instances", this::list);
  }

  private void list(ServerRequest req, ServerResponse res) {
    var lists = instances.list().map(l -> new FederatedInstancesJson(map(l.linked()), map(l.allowed()),
        map(l.blocked())));
    Api.json(res, new GetFederatedInstancesResponse(lists.orElse(null)));
  }

  private static List<InstanceWithFederationState> map(List<FederatedInstances.Entry> entries) {
    return entries.stream().map(InstanceWithFederationState::of).toList();
  }
}
