package warren.domain.accounts;

import java.util.List;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.store.Stores;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.site.Instance;

/** What GET /site tells signed-in people about themselves, and the blocks they set. */
public final class MyUser {
  private final Tx tx;
  private final Stores stores;
  private final AccountSettings settings;

  public MyUser(Tx tx, Stores stores, AccountSettings settings) {
    this.tx = tx;
    this.stores = stores;
    this.settings = settings;
  }

  public record Info(LocalUserView user, List<Community> follows, List<Community> moderates,
      List<Community> communityBlocks, List<Person> personBlocks, List<Instance> instanceBlocks,
      List<Integer> discussionLanguages) {}

  public Info info(LocalUserView user) {
    int me = user.person().id();
    return tx.read(h -> new Info(user, stores.communities().followedBy(h, me), stores.communities().moderatedBy(h, me),
        stores.communities().blockedBy(h, me), stores.personBlocks().blockedBy(h, me),
        stores.instanceBlocks().blockedBy(h, me), settings.discussionLanguages(user)));
  }

  /** POST /user/block. Admins cannot be blocked, as in Lemmy, nor can you block yourself. */
  public Person blockPerson(LocalUserView user, int targetId, boolean block) {
    if (targetId == user.person().id()) throw new DomainException(ErrorType.CANT_BLOCK_YOURSELF);
    return tx.write(h -> {
      Person target = stores.persons().read(h, targetId)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      boolean targetIsAdmin = stores.localUsers().readByPerson(h, targetId).map(lu -> lu.admin()).orElse(false);
      if (block && targetIsAdmin) throw new DomainException(ErrorType.CANT_BLOCK_ADMIN);
      stores.personBlocks().setBlocked(h, user.person().id(), targetId, block);
      return target;
    });
  }

  /** POST /site/block. Your own site cannot be blocked. */
  public void blockInstance(LocalUserView user, int instanceId, boolean block) {
    tx.run(h -> {
      stores.instanceBlocks().read(h, instanceId).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT));
      if (instanceId == user.person().instanceId()) throw new DomainException(ErrorType.CANT_BLOCK_LOCAL_INSTANCE);
      stores.instanceBlocks().setBlocked(h, user.person().id(), instanceId, block);
    });
  }
}
