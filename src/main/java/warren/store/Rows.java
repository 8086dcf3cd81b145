package warren.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import warren.store.person.Person;
import warren.store.site.BlockedUrl;
import warren.store.site.Instance;
import warren.store.site.Language;
import warren.store.site.LocalSite;
import warren.store.site.LocalSiteRateLimit;
import warren.store.site.Site;
import warren.store.site.Tagline;
import warren.store.user.LocalUser;
import warren.store.user.LoginToken;
import warren.store.user.RegistrationApplication;

/** Row records are mapped by constructor, matching snake_case columns to record components. */
final class Rows {
  private Rows() {}

  private static <T extends Record> void register(Jdbi jdbi, Class<T> row) {
    jdbi.registerRowMapper(row, RecordMapper.of(row));
  }

  static void register(Jdbi jdbi) {
    for (Class<? extends Record> row : List.<Class<? extends Record>>of(
        Site.class, LocalSite.class, LocalSiteRateLimit.class, Tagline.class, BlockedUrl.class,
        Language.class, Instance.class, Person.class, LocalUser.class, LoginToken.class,
        RegistrationApplication.class, warren.store.community.Community.class, warren.store.post.Post.class,
        warren.store.comment.Comment.class)) {
      register(jdbi, row);
    }
  }
}
