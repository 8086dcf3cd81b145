package warren.federation.inbox;

import warren.domain.Tx;
import warren.domain.accounts.AccountDeletion;
import warren.domain.comments.Comments;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityPermissions;
import warren.domain.posts.Posts;
import warren.federation.objects.RemoteObjects;
import warren.federation.store.ReceivedActivityStore;
import warren.store.Stores;

/** What the activity handlers use: the remote-object layer for reading, the domain services for writing. */
public record InboxServices(Tx tx, Stores stores, RemoteObjects remote, Posts posts, Comments comments,
    Communities communities, CommunityPermissions permissions, AccountDeletion accounts, InboxHooks hooks,
    ReceivedActivityStore received) {}
