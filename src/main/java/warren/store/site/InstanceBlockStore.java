package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** A person's blocks of whole sites, in {@code instance_actions}. */
public final class InstanceBlockStore {

  public void setBlocked(Handle h, int personId, int instanceId, boolean blocked) {
    h.createUpdate("""
            insert into instance_actions (person_id, instance_id, blocked) values (:p, :i, case when :b then now() end)
            on conflict (person_id, instance_id) do update
              set blocked = case when :b then coalesce(instance_actions.blocked, now()) end""")
        .bind("p", personId).bind("i", instanceId).bind("b", blocked).execute();
  }

  public List<Instance> blockedBy(Handle h, int personId) {
    return h.createQuery("""
            select i.* from instance_actions ia join instance i on i.id = ia.instance_id
            where ia.person_id = :p and ia.blocked is not null order by i.domain""")
        .bind("p", personId).mapTo(Instance.class).list();
  }

  public java.util.Optional<Instance> read(Handle h, int id) {
    return h.createQuery("select * from instance where id = :id").bind("id", id).mapTo(Instance.class).findOne();
  }
}
