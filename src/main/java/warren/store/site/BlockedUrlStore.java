package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The site's URL blocklist; entries are normalized URL prefixes without scheme. */
public final class BlockedUrlStore {

  public List<BlockedUrl> list(Handle h) {
    return h.createQuery("select * from local_site_url_blocklist order by id").mapTo(BlockedUrl.class).list();
  }

  public void replace(Handle h, List<String> urls) {
    h.createUpdate("delete from local_site_url_blocklist").execute();
    var batch = h.prepareBatch("insert into local_site_url_blocklist (url) values (:url) on conflict do nothing");
    for (String u : urls) batch.bind("url", u).add();
    if (!urls.isEmpty()) batch.execute();
  }
}
