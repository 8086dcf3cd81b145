package warren.store.person;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Person-to-person blocks, in {@code person_actions}. */
public final class PersonBlockStore {

  public void setBlocked(Handle h, int personId, int targetId, boolean blocked) {
    h.createUpdate("""
            insert into person_actions (person_id, target_id, blocked) values (:p, :t, case when :b then now() end)
            on conflict (person_id, target_id) do update
              set blocked = case when :b then coalesce(person_actions.blocked, now()) end""")
        .bind("p", personId).bind("t", targetId).bind("b", blocked).execute();
  }

  public List<Person> blockedBy(Handle h, int personId) {
    return h.createQuery("""
            select p.* from person_actions pa join person p on p.id = pa.target_id
            where pa.person_id = :p and pa.blocked is not null order by p.name, p.id""")
        .bind("p", personId).mapTo(Person.class).list();
  }
}
