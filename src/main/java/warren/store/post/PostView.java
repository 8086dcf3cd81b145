package warren.store.post;

import warren.store.community.Community;
import warren.store.person.Person;

/** A post with its creator and community, as one person (or nobody) sees it. */
public record PostView(Post post, Person creator, Community community, boolean creatorBannedFromCommunity,
    boolean bannedFromCommunity, boolean creatorIsModerator, boolean creatorIsAdmin, String subscribed,
    boolean saved, boolean read, boolean hidden, boolean creatorBlocked, Integer myVote, long unreadComments) {}
