package warren.domain.communities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import warren.domain.ActorHandle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Paging;
import warren.domain.Tx;
import warren.domain.accounts.ActorUrls;
import warren.domain.accounts.LocalUserView;
import warren.domain.site.Enums;
import warren.domain.site.SiteService;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.community.Community;
import warren.store.community.CommunityStore;
import warren.store.community.CommunityView;
import warren.store.person.Person;
import warren.support.crypto.RsaKeys;
import warren.support.text.SlurFilter;
import warren.support.text.Validation;
import warren.support.web.Urls;

/** Lemmy's community endpoints: create, read, edit, list, follow, block, delete and hide. */
public final class Communities {
  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final CommunityPermissions permissions;
  private final ActorUrls urls;
  private final String localDomain;
  private final warren.domain.federation.Publisher publisher;

  public Communities(Tx tx, Stores stores, SiteService site, CommunityPermissions permissions, ActorUrls urls,
      String localDomain, warren.domain.federation.Publisher publisher) {
    this.publisher = publisher;
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.permissions = permissions;
    this.urls = urls;
    this.localDomain = localDomain;
    this.bans = new CommunityBans(tx, stores, permissions, publisher);
  }

  private final CommunityBans bans;

  public CommunityBans bans() {
    return bans;
  }

  /** A community with what GetCommunityResponse and CommunityResponse carry beside it. */
  public record Details(CommunityView view, List<Person> moderators, List<Integer> discussionLanguages) {}

  public Details create(LocalUserView user, CommunityForm f) {
    var ls = site.local().localSite();
    if (ls.communityCreationAdminOnly() && !user.isAdmin()) {
      throw new DomainException(ErrorType.ONLY_ADMINS_CAN_CREATE_COMMUNITIES);
    }
    SlurFilter slurs = SlurFilter.of(ls.slurFilterRegex());
    slurs.check(f.name());
    slurs.check(f.title());
    slurs.check(f.description());
    validateTexts(f);
    Validation.actorName(f.name(), ls.actorNameMaxLength());
    String visibility = Enums.check(f.visibility(), Enums.COMMUNITY_VISIBILITIES, "visibility");
    RsaKeys.PemPair keys = RsaKeys.generate();
    int communityId = tx.write(h -> {
      String actorId = urls.community(f.name());
      if (stores.communities().actorIdTaken(h, actorId)) throw new DomainException(ErrorType.COMMUNITY_ALREADY_EXISTS);
      int instanceId = site.requireLocal(h).site().instanceId();
      Community c = stores.communities().insert(h, new CommunityStore.NewCommunity(f.name(), f.title(),
          blankToNull(f.description()), blankToNull(f.icon()), blankToNull(f.banner()), Boolean.TRUE.equals(f.nsfw()),
          actorId, keys.privatePem(), keys.publicPem(), actorId + "/followers", urls.inbox(actorId),
          urls.sharedInbox(), actorId + "/moderators", actorId + "/featured",
          Boolean.TRUE.equals(f.postingRestrictedToMods()), instanceId, visibility == null ? "Public" : visibility));
      stores.communities().setModerator(h, user.person().id(), c.id(), true);
      stores.communities().follow(h, user.person().id(), c.id(), false);
      List<Integer> siteLanguages = stores.sites().readSiteLanguages(h, site.requireLocal(h).site().id());
      List<Integer> languages;
      if (f.discussionLanguages() != null) {
        if (!siteLanguages.containsAll(f.discussionLanguages())) throw new DomainException(ErrorType.LANGUAGE_NOT_ALLOWED);
        languages = f.discussionLanguages();
      } else {
        languages = stores.localUsers().readLanguages(h, user.localUser().id()).stream()
            .filter(siteLanguages::contains).toList();
      }
      stores.communities().replaceLanguages(h, c.id(), languages);
      return c.id();
    });
    return details(communityId, Optional.of(user));
  }

  public Details edit(LocalUserView user, CommunityForm f) {
    int id = f.communityId();
    var ls = site.local().localSite();
    SlurFilter slurs = SlurFilter.of(ls.slurFilterRegex());
    slurs.check(f.title());
    slurs.check(f.description());
    validateTexts(f);
    String visibility = Enums.check(f.visibility(), Enums.COMMUNITY_VISIBILITIES, "visibility");
    tx.run(h -> {
      permissions.requireModOrAdmin(h, user, id, false);
      if (f.discussionLanguages() != null) {
        List<Integer> siteLanguages = stores.sites().readSiteLanguages(h, site.requireLocal(h).site().id());
        if (!siteLanguages.containsAll(f.discussionLanguages())) throw new DomainException(ErrorType.LANGUAGE_NOT_ALLOWED);
        stores.communities().replaceLanguages(h, id, f.discussionLanguages());
      }
      stores.communities().update(h, id, new ColumnChanges()
          .set("title", f.title())
          .set("description", blankToNull(f.description())).clearIf("".equals(f.description()), "description")
          .set("icon", blankToNull(f.icon())).clearIf("".equals(f.icon()), "icon")
          .set("banner", blankToNull(f.banner())).clearIf("".equals(f.banner()), "banner")
          .set("nsfw", f.nsfw())
          .set("posting_restricted_to_mods", f.postingRestrictedToMods())
          .set("visibility", visibility));
      publisher.communityUpdated(h, user.person(), id);
    });
    return details(id, Optional.of(user));
  }

  private void validateTexts(CommunityForm f) {
    if (f.title() != null) {
      String t = f.title().trim();
      if (t.isEmpty() || Validation.length(t) > 100 || t.indexOf('\n') >= 0) {
        throw new DomainException(ErrorType.INVALID_BODY, "title must be 1 to 100 characters on one line");
      }
    }
    Validation.maxLength(f.description(), Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    if (f.icon() != null && !f.icon().isEmpty()) Urls.requireHttp(f.icon());
    if (f.banner() != null && !f.banner().isEmpty()) Urls.requireHttp(f.banner());
  }

  /** GET /community by id or by name ({@code name} or {@code name@host}). */
  public Details get(Integer id, String name, Optional<LocalUserView> viewer) {
    if (id == null && (name == null || name.isBlank())) throw new DomainException(ErrorType.NO_ID_GIVEN);
    int communityId = id != null ? id : tx.read(h -> byName(h, name.trim()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY)).id();
    return details(communityId, viewer);
  }

  public Optional<Community> byName(Handle h, String name) {
    ActorHandle handle = ActorHandle.parse(name);
    return handle.isLocal(localDomain)
        ? stores.communities().readLocalByName(h, handle.name())
        : stores.communities().readByNameAndDomain(h, handle.name(), handle.domain().orElseThrow());
  }


  public Details details(int communityId, Optional<LocalUserView> viewer) {
    return tx.read(h -> {
      Integer viewerId = viewer.map(v -> v.person().id()).orElse(null);
      CommunityView view = stores.communities().view(h, communityId, viewerId)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
      boolean modOrAdmin = viewer.isPresent() && permissions.isModOrAdmin(h, viewer.get(), communityId);
      Community c = view.community();
      if ((c.deleted() || c.removed()) && !modOrAdmin) throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY);
      if ("LocalOnly".equals(c.visibility()) && viewer.isEmpty()) throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY);
      return new Details(view, stores.communities().moderators(h, communityId),
          stores.communities().readLanguages(h, communityId));
    });
  }

  /** GET /community/list. */
  public List<CommunityView> list(Optional<LocalUserView> viewer, String listingType, String sort, boolean showNsfw,
      int page, int limit) {
    return list(viewer, listingType, sort, showNsfw, page, limit, null);
  }

  /** The list, optionally only communities whose name or title contains {@code search}. */
  public List<CommunityView> list(Optional<LocalUserView> viewer, String listingType, String sort, boolean showNsfw,
      int page, int limit, String search) {
    Enums.check(listingType, Enums.LISTING_TYPES, "type_");
    Enums.check(sort, Enums.SORT_TYPES, "sort");
    List<String> where = new ArrayList<>(List.of("true"));
    Map<String, Object> binds = new HashMap<>();
    boolean admin = viewer.map(LocalUserView::isAdmin).orElse(false);
    if (!admin) where.add("not c.deleted and not c.removed and (not c.hidden or ca.followed is not null)");
    where.add("ca.blocked is null");
    if (viewer.isEmpty()) where.add("c.visibility = 'Public'");
    boolean nsfw = showNsfw || viewer.map(v -> v.localUser().showNsfw()).orElse(false);
    if (!nsfw) where.add("not c.nsfw");
    if (search != null) {
      where.add("(lower(c.name) like :search or lower(c.title) like :search)");
      binds.put("search", "%" + likeEscape(search.toLowerCase(java.util.Locale.ROOT)) + "%");
    }
    viewer.ifPresent(v -> {
      where.add("not exists (select 1 from instance_actions ia where ia.person_id = :viewer"
          + " and ia.instance_id = c.instance_id and ia.blocked is not null)");
    });
    switch (listingType == null ? "All" : listingType) {
      case "Local" -> where.add("c.local");
      case "Subscribed" -> where.add(viewer.isPresent() ? "ca.followed is not null" : "false");
      case "ModeratorView" -> where.add(viewer.isPresent() ? "ca.became_moderator is not null" : "false");
      default -> { }
    }
    String order = switch (sort == null ? "Hot" : sort) {
      case "New" -> "c.published desc, c.id desc";
      case "Old" -> "c.published asc, c.id asc";
      case "NewComments", "TopDay", "TopTwelveHour", "TopSixHour", "TopHour" -> "c.users_active_day desc, c.id desc";
      case "MostComments", "Controversial" -> "c.comments desc, c.id desc";
      case "TopAll", "TopYear", "TopNineMonths" -> "c.subscribers desc, c.id desc";
      case "TopSixMonths", "TopThreeMonths" -> "c.users_active_half_year desc, c.id desc";
      case "TopMonth" -> "c.users_active_month desc, c.id desc";
      case "TopWeek" -> "c.users_active_week desc, c.id desc";
      default -> "c.hot_rank desc, c.subscribers desc, c.id desc";
    };
    Integer viewerId = viewer.map(v -> v.person().id()).orElse(null);
    return tx.read(h -> stores.communities().list(h, viewerId, String.join(" and ", where), order, limit,
        new Paging(page, limit).offset(), binds));
  }

  /** POST /community/follow. Local communities accept at once; remote ones wait for an Accept. */
  public Details follow(LocalUserView user, int communityId, boolean follow) {
    tx.run(h -> {
      Community c = permissions.require(h, communityId);
      if (follow) {
        if (c.local()) permissions.requireUserAction(h, user, communityId);
        stores.communities().follow(h, user.person().id(), communityId, !c.local());
      } else {
        stores.communities().unfollow(h, user.person().id(), communityId);
      }
      if (!c.local()) publisher.follow(h, user.person(), communityId, follow);
    });
    return details(communityId, Optional.of(user));
  }

  /** POST /community/block: blocking also unfollows. */
  public Details block(LocalUserView user, int communityId, boolean block) {
    tx.run(h -> {
      permissions.require(h, communityId);
      stores.communities().setBlocked(h, user.person().id(), communityId, block);
      if (block) stores.communities().unfollow(h, user.person().id(), communityId);
    });
    return details(communityId, Optional.of(user));
  }

  /** POST /community/delete: the top moderator (or an admin) deletes or restores. */
  public Details delete(LocalUserView user, int communityId, boolean deleted) {
    tx.run(h -> {
      permissions.requireModOrAdmin(h, user, communityId, true);
      permissions.requireTopModOrAdmin(h, user, communityId);
      stores.communities().update(h, communityId, new ColumnChanges().set("deleted", deleted));
      publisher.communityDeleted(h, user.person(), communityId, deleted, false, null);
    });
    return details(communityId, Optional.of(user));
  }

  /**
   * POST /community/remove: an admin removes a community (or restores it), as Lemmy: the site's
   * own communities, whose followers elsewhere are told; a remote one only here.
   */
  public Details remove(LocalUserView admin, int communityId, boolean removed, String reason) {
    SiteService.requireAdmin(admin);
    Validation.maxLength(reason, Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD); // it goes out to other sites
    tx.run(h -> {
      Community c = permissions.require(h, communityId);
      stores.communities().update(h, communityId, new ColumnChanges().set("removed", removed));
      if (c.local()) publisher.communityDeleted(h, admin.person(), communityId, removed, true, reason);
    });
    return details(communityId, Optional.of(admin));
  }

  /** POST /community/mod: a moderator or admin adds or removes a moderator, local or remote. */
  public List<Person> setModerator(LocalUserView user, int communityId, int personId, boolean added) {
    return tx.write(h -> {
      Community c = permissions.require(h, communityId);
      permissions.requireModOrAdmin(h, user, communityId, false);
      Person target = stores.persons().read(h, personId)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      if (added && c.local() && stores.communities().isBanned(h, personId, communityId)) {
        throw new DomainException(ErrorType.BANNED_FROM_COMMUNITY);
      }
      stores.communities().setModerator(h, personId, communityId, added);
      publisher.moderatorChanged(h, user.person(), communityId, target, added);
      return stores.communities().moderators(h, communityId);
    });
  }

  /** PUT /community/hide: admins hide a community from the lists. */
  public void hide(LocalUserView user, int communityId, boolean hidden) {
    SiteService.requireAdmin(user);
    tx.run(h -> {
      permissions.require(h, communityId);
      stores.communities().update(h, communityId, new ColumnChanges().set("hidden", hidden));
    });
  }

  // ---- What other sites send (the federation inbox), inside the caller's transaction.

  /**
   * A person of another site follows a local community: accepted at once, as Lemmy accepts.
   * Never a local-only, deleted or removed community, nor one that banned the person.
   */
  public void followFromRemote(Handle h, Person follower, Community c) {
    if (!c.local()) throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY);
    permissions.requireUserAction(h, follower, c.id());
    stores.communities().follow(h, follower.id(), c.id(), false);
  }

  /** The person stops following (an Undo of their Follow). */
  public void unfollowFromRemote(Handle h, Person follower, Community c) {
    stores.communities().unfollow(h, follower.id(), c.id());
  }

  /** A remote community accepted a local person's follow; {@code couldnt_find_community} when none was asked. */
  public void followAccepted(Handle h, Person localFollower, Community remote) {
    if (!stores.communities().acceptFollow(h, localFollower.id(), remote.id())) {
      throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, "no follow of " + remote.actorId() + " to accept");
    }
  }

  /** What a remote moderator's Update{Group} may change of a local community; null keeps a value. */
  public record RemoteEdit(String title, String description, String icon, String banner, Boolean nsfw,
      Boolean postingRestrictedToMods) {}

  /** A moderator on another site edits a local community (Update{Group}). */
  public void editFromRemote(Handle h, Person moderator, Community c, RemoteEdit e) {
    permissions.requireRemoteModerator(h, moderator, c);
    String title = e.title() == null ? null : e.title().length() > 100 ? e.title().substring(0, 100) : e.title();
    stores.communities().update(h, c.id(), new ColumnChanges()
        .set("title", title)
        .set("description", e.description()).clearIf(e.description() == null, "description")
        .set("icon", e.icon()).clearIf(e.icon() == null, "icon")
        .set("banner", e.banner()).clearIf(e.banner() == null, "banner")
        .set("nsfw", e.nsfw())
        .set("posting_restricted_to_mods", e.postingRestrictedToMods()));
  }

  /** A moderator on another site adds or removes a moderator (Add or Remove on the moderators collection). */
  public void setModeratorFromRemote(Handle h, Person actor, Community c, Person target, boolean moderator) {
    permissions.requireRemoteModerator(h, actor, c);
    stores.communities().setModerator(h, target.id(), c.id(), moderator);
  }

  /**
   * A moderator on another site bans a person from the community until {@code expires}, or lifts
   * it; with {@code removeData}, the person's posts and comments there are removed (or restored).
   */
  public void banFromRemote(Handle h, Person actor, Community c, Person target, boolean banned, boolean removeData,
      java.time.Instant expires) {
    permissions.requireRemoteModerator(h, actor, c);
    stores.communities().setBanned(h, target.id(), c.id(), banned, expires);
    if (banned) stores.communities().unfollow(h, target.id(), c.id());
    if (removeData) stores.persons().setContentRemoved(h, target.id(), c.id(), banned);
  }

  /** A moderator of a remote community deletes (or restores) it, or removes it with a reason. */
  public void deleteFromRemote(Handle h, Person actor, Community c, String column, boolean on) {
    if (c.local()) {
      throw new DomainException(column.equals("removed") ? ErrorType.ONLY_LOCAL_ADMIN_CAN_REMOVE_COMMUNITY
          : ErrorType.NOT_A_MODERATOR);
    }
    if (!column.equals("deleted") && !column.equals("removed")) throw new IllegalArgumentException(column);
    permissions.requireRemoteModerator(h, actor, c);
    stores.communities().update(h, c.id(), new ColumnChanges().set(column, on));
  }

  /** Escapes LIKE wildcards so a search for "50%" finds "50%". */
  public static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
