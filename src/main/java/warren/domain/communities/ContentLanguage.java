package warren.domain.communities;

import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.LocalUserView;
import warren.store.Stores;

/**
 * The language of a new post or comment: the one asked for, if the community allows it; without
 * one, the single language the author and community share, else "undetermined" (0).
 */
public final class ContentLanguage {
  private final Stores stores;

  public ContentLanguage(Stores stores) {
    this.stores = stores;
  }

  public int choose(Handle h, LocalUserView user, int communityId, Integer asked) {
    List<Integer> allowed = stores.communities().readLanguages(h, communityId);
    if (asked != null) {
      if (!allowed.isEmpty() && !allowed.contains(asked)) throw new DomainException(ErrorType.LANGUAGE_NOT_ALLOWED);
      return asked;
    }
    List<Integer> shared = user.languageIds().stream().filter(l -> l != 0 && (allowed.isEmpty() || allowed.contains(l))).toList();
    return shared.size() == 1 ? shared.getFirst() : 0;
  }
}
