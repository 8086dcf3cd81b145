package warren.domain.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import warren.domain.Tx;
import warren.store.Stores;
import warren.store.site.Instance;

/**
 * {@code GET /federated_instances}: the other sites this one knows, as Lemmy sorts them. Blocked
 * ones go to {@code blocked}; allowed ones to {@code allowed} and {@code linked}; the rest to
 * {@code linked} when this site has people or communities of theirs or delivers to them. Nothing
 * at all while federation is off, as Lemmy answers.
 */
public final class FederatedInstances {
  private final Tx tx;
  private final Stores stores;
  private final SiteService sites;
  private final DeliveryStates states;

  public FederatedInstances(Tx tx, Stores stores, SiteService sites, DeliveryStates states) {
    this.tx = tx;
    this.stores = stores;
    this.sites = sites;
    this.states = states;
  }

  public record Entry(Instance instance, Optional<DeliveryStates.State> state) {}

  public record Lists(List<Entry> linked, List<Entry> allowed, List<Entry> blocked) {}

  public Optional<Lists> list() {
    if (!sites.local().localSite().federationEnabled()) return Optional.empty();
    Map<String, DeliveryStates.State> delivery = states.byDomain();
    List<Entry> linked = new ArrayList<>();
    List<Entry> allowed = new ArrayList<>();
    List<Entry> blocked = new ArrayList<>();
    for (var known : tx.read(h -> stores.instances().listOthers(h))) {
      var state = Optional.ofNullable(delivery.get(known.instance().domain().toLowerCase(Locale.ROOT)));
      Entry e = new Entry(known.instance(), state);
      if (known.blocked()) {
        blocked.add(e);
      } else if (known.allowed()) {
        allowed.add(e);
        linked.add(e);
      } else if (known.hasActors() || state.isPresent()) {
        linked.add(e);
      }
    }
    return Optional.of(new Lists(linked, allowed, blocked));
  }
}
