package warren.store.comment;

import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/** A comment with its creator, post and community, as one person (or nobody) sees it. */
public record CommentView(Comment comment, Person creator, Post post, Community community,
    boolean creatorBannedFromCommunity, boolean bannedFromCommunity, boolean creatorIsModerator,
    boolean creatorIsAdmin, String subscribed, boolean saved, boolean creatorBlocked, Integer myVote) {}
