package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

public final class TaglineStore {

  public List<Tagline> list(Handle h, int localSiteId) {
    return h.createQuery("select * from tagline where local_site_id = :id order by id")
        .bind("id", localSiteId).mapTo(Tagline.class).list();
  }

  /** Taglines are edited as a whole list, as in Lemmy's EditSite. */
  public void replace(Handle h, int localSiteId, List<String> contents) {
    h.createUpdate("delete from tagline where local_site_id = :id").bind("id", localSiteId).execute();
    var batch = h.prepareBatch("insert into tagline (local_site_id, content) values (:id, :content)");
    for (String c : contents) batch.bind("id", localSiteId).bind("content", c).add();
    if (!contents.isEmpty()) batch.execute();
  }
}
