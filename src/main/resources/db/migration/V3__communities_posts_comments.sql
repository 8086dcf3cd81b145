-- Communities, posts, comments and votes. Counters and ranks are stored columns kept by the
-- triggers at the end, so reads never aggregate and concurrent writes stay exact.

create extension if not exists ltree;
create extension if not exists pg_trgm;

alter table local_site
    add column users_active_day bigint not null default 0,
    add column users_active_week bigint not null default 0,
    add column users_active_month bigint not null default 0,
    add column users_active_half_year bigint not null default 0;

create table community (
    id                          serial primary key,
    name                        text not null,
    title                       text not null,
    description                 text,
    removed                     boolean not null default false,
    published                   timestamptz not null default now(),
    updated                     timestamptz,
    deleted                     boolean not null default false,
    nsfw                        boolean not null default false,
    actor_id                    text not null,
    local                       boolean not null default true,
    private_key                 text,
    public_key                  text not null,
    last_refreshed_at           timestamptz not null default now(),
    icon                        text,
    banner                      text,
    followers_url               text,
    inbox_url                   text not null,
    shared_inbox_url            text,
    moderators_url              text,
    featured_url                text,
    hidden                      boolean not null default false,
    posting_restricted_to_mods  boolean not null default false,
    instance_id                 integer not null references instance on delete cascade,
    visibility                  text not null default 'Public' check (visibility in ('Public', 'LocalOnly')),
    subscribers                 bigint not null default 0,
    subscribers_local           bigint not null default 0,
    posts                       bigint not null default 0,
    comments                    bigint not null default 0,
    users_active_day            bigint not null default 0,
    users_active_week           bigint not null default 0,
    users_active_month          bigint not null default 0,
    users_active_half_year      bigint not null default 0,
    hot_rank                    double precision not null default 0
);
create unique index community_actor_id_lower on community (lower(actor_id));
create unique index community_local_name_lower on community (lower(name)) where local;
create index community_instance on community (instance_id);
create index community_name_trgm on community using gin (lower(name) gin_trgm_ops);
create index community_title_trgm on community using gin (lower(title) gin_trgm_ops);
create index community_subscribers on community (subscribers desc, id desc);
create index community_hot on community (hot_rank desc, id desc);
create index community_users_active_month on community (users_active_month desc, id desc);
create index community_published on community (published desc, id desc);

create table community_language (
    community_id  integer not null references community on delete cascade,
    language_id   integer not null references language on delete cascade,
    primary key (community_id, language_id)
);

-- One row per person and community holds every relation between them.
create table community_actions (
    person_id         integer not null references person on delete cascade,
    community_id      integer not null references community on delete cascade,
    followed          timestamptz,
    follow_pending    boolean not null default false,
    blocked           timestamptz,
    became_moderator  timestamptz,
    received_ban      timestamptz,
    ban_expires       timestamptz,
    primary key (person_id, community_id)
);
create index community_actions_followers on community_actions (community_id) where followed is not null;
create index community_actions_moderators on community_actions (community_id, became_moderator)
    where became_moderator is not null;
create index community_actions_person_followed on community_actions (person_id) where followed is not null;

create table person_actions (
    person_id  integer not null references person on delete cascade,
    target_id  integer not null references person on delete cascade,
    blocked    timestamptz,
    primary key (person_id, target_id)
);

create table instance_actions (
    person_id    integer not null references person on delete cascade,
    instance_id  integer not null references instance on delete cascade,
    blocked      timestamptz,
    primary key (person_id, instance_id)
);

create table post (
    id                         serial primary key,
    name                       text not null,
    url                        text,
    body                       text,
    creator_id                 integer not null references person on delete cascade,
    community_id               integer not null references community on delete cascade,
    removed                    boolean not null default false,
    locked                     boolean not null default false,
    published                  timestamptz not null default now(),
    updated                    timestamptz,
    deleted                    boolean not null default false,
    nsfw                       boolean not null default false,
    embed_title                text,
    embed_description          text,
    thumbnail_url              text,
    ap_id                      text not null,
    local                      boolean not null default true,
    embed_video_url            text,
    language_id                integer not null default 0 references language,
    featured_community         boolean not null default false,
    featured_local             boolean not null default false,
    url_content_type           text,
    alt_text                   text,
    -- counters and ranks
    comments                   bigint not null default 0,
    score                      bigint not null default 0,
    upvotes                    bigint not null default 0,
    downvotes                  bigint not null default 0,
    newest_comment_time        timestamptz not null default now(),
    newest_comment_time_necro  timestamptz not null default now(),
    hot_rank                   double precision not null default 0,
    hot_rank_active            double precision not null default 0,
    controversy_rank           double precision not null default 0,
    scaled_rank                double precision not null default 0
);
create unique index post_ap_id on post (ap_id);
create index post_creator on post (creator_id, published desc);
create index post_url on post (url) where url is not null;

-- The words of a post, for full-text search, in a table of their own: a vote or a rank refresh
-- rewrites the post row, and with the vector there every such write also went into the GIN index.
create table post_search (
    post_id  integer primary key references post on delete cascade,
    search   tsvector not null
);
create index post_search_words on post_search using gin (search);

create function post_search_vector(name text, body text, alt_text text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple', coalesce(name, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(body, '')), 'B')
        || setweight(to_tsvector('simple', coalesce(alt_text, '')), 'C');

create function post_search_sync() returns trigger language plpgsql as $$
begin
    insert into post_search (post_id, search) values (new.id, post_search_vector(new.name, new.body, new.alt_text))
    on conflict (post_id) do update set search = excluded.search;
    return null;
end $$;
create trigger post_search_sync after insert or update of name, body, alt_text on post
    for each row execute function post_search_sync();

-- One index per sort, for the site-wide lists (All, Local, Subscribed) and per community. The
-- partial predicate keeps deleted and removed posts out of every list index.
create index post_all_hot on post (featured_local desc, hot_rank desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_active on post (featured_local desc, hot_rank_active desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_scaled on post (featured_local desc, scaled_rank desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_controversy on post (featured_local desc, controversy_rank desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_score on post (featured_local desc, score desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_comments on post (featured_local desc, comments desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_newest_comment on post (featured_local desc, newest_comment_time desc, id desc, community_id)
    where not deleted and not removed;
create index post_all_published on post (featured_local desc, published desc, id desc, community_id)
    where not deleted and not removed;
create index post_community_hot on post (community_id, featured_community desc, hot_rank desc, published desc, id desc)
    where not deleted and not removed;
create index post_community_active on post (community_id, featured_community desc, hot_rank_active desc, published desc, id desc)
    where not deleted and not removed;
create index post_community_scaled on post (community_id, featured_community desc, scaled_rank desc, published desc, id desc)
    where not deleted and not removed;
create index post_community_controversy on post (community_id, featured_community desc, controversy_rank desc, published desc, id desc)
    where not deleted and not removed;
create index post_community_score on post (community_id, featured_community desc, score desc, published desc, id desc)
    where not deleted and not removed;
create index post_community_comments on post (community_id, featured_community desc, comments desc, published desc, id desc)
    where not deleted and not removed;
create index post_community_newest_comment on post (community_id, featured_community desc, newest_comment_time desc, id desc)
    where not deleted and not removed;
create index post_community_published on post (community_id, featured_community desc, published desc, id desc)
    where not deleted and not removed;
-- The rank refresher walks only posts whose rank can still change.
create index post_rank_refresh on post (published desc, id desc) where hot_rank > 0 or hot_rank_active > 0;

create table post_actions (
    person_id             integer not null references person on delete cascade,
    post_id               integer not null references post on delete cascade,
    like_score            smallint check (like_score in (-1, 1)),
    liked                 timestamptz,
    saved                 timestamptz,
    read                  timestamptz,
    read_comments_amount  bigint,
    read_comments         timestamptz,
    hidden                timestamptz,
    primary key (person_id, post_id)
);
create index post_actions_post on post_actions (post_id);
create index post_actions_saved on post_actions (person_id, saved desc) where saved is not null;
create index post_actions_liked on post_actions (person_id, liked desc) where like_score is not null;

create table comment (
    id                serial primary key,
    creator_id        integer not null references person on delete cascade,
    post_id           integer not null references post on delete cascade,
    content           text not null,
    removed           boolean not null default false,
    published         timestamptz not null default now(),
    updated           timestamptz,
    deleted           boolean not null default false,
    ap_id             text not null,
    local             boolean not null default true,
    path              ltree not null default '0',
    distinguished     boolean not null default false,
    language_id       integer not null default 0 references language,
    score             bigint not null default 0,
    upvotes           bigint not null default 0,
    downvotes         bigint not null default 0,
    child_count       integer not null default 0,
    hot_rank          double precision not null default 0,
    controversy_rank  double precision not null default 0,
    search            tsvector generated always as (to_tsvector('simple', content)) stored
) with (fillfactor = 90);
create unique index comment_ap_id on comment (ap_id);
create index comment_path on comment using gist (path);
create index comment_post_path on comment (post_id, path);
-- No index holds a comment's score or ranks: a post's comments are read together and sorted in
-- memory, and keeping those columns out of every index lets votes and rank refreshes update
-- comments in place (HOT), without touching the text and path indexes.
create index comment_post_published on comment (post_id, published desc, id desc);
create index comment_creator on comment (creator_id, published desc, id desc);
create index comment_published on comment (published desc, id desc);
create index comment_search on comment using gin (search);

create table comment_actions (
    person_id   integer not null references person on delete cascade,
    comment_id  integer not null references comment on delete cascade,
    like_score  smallint check (like_score in (-1, 1)),
    liked       timestamptz,
    saved       timestamptz,
    primary key (person_id, comment_id)
);
create index comment_actions_comment on comment_actions (comment_id);
create index comment_actions_saved on comment_actions (person_id, saved desc) where saved is not null;

-- Replies that notify a local person: to their comment, or to their post for top-level comments.
create table comment_reply (
    id            serial primary key,
    recipient_id  integer not null references person on delete cascade,
    comment_id    integer not null references comment on delete cascade,
    read          boolean not null default false,
    published     timestamptz not null default now(),
    unique (recipient_id, comment_id)
);
create index comment_reply_unread on comment_reply (recipient_id, published desc) where not read;

create index person_name_trgm on person using gin (lower(name) gin_trgm_ops);

-- Lemmy's ranking formulas. Posts older than a week, or from the future, rank 0 in "hot".
create function hot_rank(score bigint, published timestamptz) returns double precision
    language sql stable parallel safe
    return case
        when now() - published > interval '0 days' and now() - published < interval '7 days'
            then log(greatest(2, score + 2)) / power(extract(epoch from (now() - published)) / 3600 + 2, 1.8)
        else 0.0
    end;

create function controversy_rank(upvotes bigint, downvotes bigint) returns double precision
    language sql immutable parallel safe
    return case
        when upvotes <= 0 or downvotes <= 0 then 0.0
        else (upvotes + downvotes)::double precision
             ^ (least(upvotes, downvotes)::double precision / greatest(upvotes, downvotes))
    end;

create function scaled_rank(score bigint, published timestamptz, users_active_month bigint)
    returns double precision language sql stable parallel safe
    return hot_rank(score, published) / log(2 + users_active_month);

-- A row counts when it is neither deleted nor removed.
create function counted(deleted boolean, removed boolean) returns integer
    language sql immutable parallel safe
    return case when deleted or removed then 0 else 1 end;

-- New posts start ranked, so they show up in "hot" before the first refresh. The formula gives 0
-- at age zero and for future dates; a new row instead takes its rank at one second old, and a
-- future-dated one (a remote clock ahead of ours) a minimal rank, so the refresher picks it up.
create function initial_rank(score bigint, published timestamptz) returns double precision
    language sql stable parallel safe
    return case
        when published > now() then 0.0001
        else greatest(hot_rank(score, least(published, now() - interval '1 second')), 0.0)
    end;

create function post_before_insert() returns trigger language plpgsql as $$
begin
    new.hot_rank := initial_rank(new.score, new.published);
    new.hot_rank_active := initial_rank(new.score, new.newest_comment_time_necro);
    new.controversy_rank := controversy_rank(new.upvotes, new.downvotes);
    new.scaled_rank := new.hot_rank
        / log(2 + coalesce((select users_active_month from community where id = new.community_id), 0));
    return new;
end $$;
create trigger post_ranks_on_insert before insert on post for each row execute function post_before_insert();

create function post_counts() returns trigger language plpgsql as $$
declare
    delta integer;
    row_ post;
begin
    if tg_op = 'INSERT' then
        delta := counted(new.deleted, new.removed); row_ := new;
    elsif tg_op = 'DELETE' then
        delta := -counted(old.deleted, old.removed); row_ := old;
    else
        delta := counted(new.deleted, new.removed) - counted(old.deleted, old.removed); row_ := new;
    end if;
    if delta <> 0 then
        update person set post_count = post_count + delta where id = row_.creator_id;
        -- A post leaving the lists takes its comments out of the community's count with it. The
        -- site's count stays a count of local comments, whatever became of their posts.
        update community set posts = posts + delta, comments = comments + delta * row_.comments
            where id = row_.community_id;
        if row_.local then
            update local_site set posts = posts + delta;
        end if;
    end if;
    return null;
end $$;
create trigger post_counts after insert or delete or update of deleted, removed on post
    for each row execute function post_counts();

create function community_counts() returns trigger language plpgsql as $$
declare
    delta integer;
begin
    if tg_op = 'INSERT' then
        delta := case when new.local then counted(new.deleted, new.removed) else 0 end;
    elsif tg_op = 'DELETE' then
        delta := case when old.local then -counted(old.deleted, old.removed) else 0 end;
    else
        delta := case when new.local
            then counted(new.deleted, new.removed) - counted(old.deleted, old.removed) else 0 end;
    end if;
    if delta <> 0 then
        update local_site set communities = communities + delta;
    end if;
    return null;
end $$;
create trigger community_counts after insert or delete or update of deleted, removed on community
    for each row execute function community_counts();

create function comment_counts() returns trigger language plpgsql as $$
declare
    delta integer;
    row_ comment;
    p post;
    tree_delta integer := 0;
begin
    if tg_op = 'INSERT' then
        delta := counted(new.deleted, new.removed); row_ := new; tree_delta := 1;
    elsif tg_op = 'DELETE' then
        delta := -counted(old.deleted, old.removed); row_ := old; tree_delta := -1;
    else
        delta := counted(new.deleted, new.removed) - counted(old.deleted, old.removed); row_ := new;
    end if;
    -- child_count counts every descendant, as Lemmy's does, whatever its state.
    if tree_delta <> 0 and nlevel(row_.path) > 2 then
        update comment set child_count = child_count + tree_delta
            where id in (select ltree2text(subpath(row_.path, i, 1))::integer
                         from generate_series(1, nlevel(row_.path) - 2) as i);
    end if;
    if delta = 0 and tg_op <> 'INSERT' then
        return null;
    end if;
    update person set comment_count = comment_count + delta where id = row_.creator_id and delta <> 0;
    if tg_op = 'INSERT' and delta > 0 then
        update post set comments = comments + 1,
            newest_comment_time = greatest(newest_comment_time, row_.published),
            newest_comment_time_necro = case
                when creator_id <> row_.creator_id and published > row_.published - interval '2 days'
                then greatest(newest_comment_time_necro, row_.published)
                else newest_comment_time_necro end
            where id = row_.post_id returning * into p;
    else
        update post set comments = comments + delta where id = row_.post_id and delta <> 0 returning * into p;
    end if;
    if p.id is not null and counted(p.deleted, p.removed) = 1 and delta <> 0 then
        update community set comments = comments + delta where id = p.community_id;
    end if;
    if row_.local and delta <> 0 then
        update local_site set comments = comments + delta;
    end if;
    return null;
end $$;
create trigger comment_counts after insert or delete or update of deleted, removed on comment
    for each row execute function comment_counts();

-- Votes move the item's score and its creator's score.
create function post_vote_counts() returns trigger language plpgsql as $$
declare
    old_score integer := case when tg_op = 'INSERT' then 0 else coalesce(old.like_score, 0) end;
    new_score integer := case when tg_op = 'DELETE' then 0 else coalesce(new.like_score, 0) end;
    up_delta integer := (new_score = 1)::integer - (old_score = 1)::integer;
    down_delta integer := (new_score = -1)::integer - (old_score = -1)::integer;
    target integer := case when tg_op = 'DELETE' then old.post_id else new.post_id end;
    creator integer;
begin
    if up_delta = 0 and down_delta = 0 then
        return null;
    end if;
    -- Hot ranks move only with the periodic refresh, so that pages read by cursor stay in a
    -- stable order while votes arrive; controversy depends on the votes alone.
    update post set score = score + up_delta - down_delta, upvotes = upvotes + up_delta,
        downvotes = downvotes + down_delta,
        controversy_rank = controversy_rank(upvotes + up_delta, downvotes + down_delta)
        where id = target returning creator_id into creator;
    update person set post_score = post_score + up_delta - down_delta where id = creator;
    return null;
end $$;
create trigger post_vote_counts after insert or delete or update of like_score on post_actions
    for each row execute function post_vote_counts();

create function comment_vote_counts() returns trigger language plpgsql as $$
declare
    old_score integer := case when tg_op = 'INSERT' then 0 else coalesce(old.like_score, 0) end;
    new_score integer := case when tg_op = 'DELETE' then 0 else coalesce(new.like_score, 0) end;
    up_delta integer := (new_score = 1)::integer - (old_score = 1)::integer;
    down_delta integer := (new_score = -1)::integer - (old_score = -1)::integer;
    target integer := case when tg_op = 'DELETE' then old.comment_id else new.comment_id end;
    creator integer;
begin
    if up_delta = 0 and down_delta = 0 then
        return null;
    end if;
    update comment set score = score + up_delta - down_delta, upvotes = upvotes + up_delta,
        downvotes = downvotes + down_delta,
        controversy_rank = controversy_rank(upvotes + up_delta, downvotes + down_delta)
        where id = target returning creator_id into creator;
    update person set comment_score = comment_score + up_delta - down_delta where id = creator;
    return null;
end $$;
create trigger comment_vote_counts after insert or delete or update of like_score on comment_actions
    for each row execute function comment_vote_counts();

create function comment_before_insert() returns trigger language plpgsql as $$
begin
    new.hot_rank := initial_rank(new.score, new.published);
    return new;
end $$;
create trigger comment_ranks_on_insert before insert on comment for each row execute function comment_before_insert();

-- Followers: subscribers counts accepted follows; subscribers_local those of local people.
create function community_follow_counts() returns trigger language plpgsql as $$
declare
    was integer := case when tg_op = 'INSERT' then 0
                        else (old.followed is not null and not old.follow_pending)::integer end;
    now_ integer := case when tg_op = 'DELETE' then 0
                         else (new.followed is not null and not new.follow_pending)::integer end;
    delta integer := now_ - was;
    who integer := case when tg_op = 'DELETE' then old.person_id else new.person_id end;
    target integer := case when tg_op = 'DELETE' then old.community_id else new.community_id end;
begin
    if delta <> 0 then
        update community set subscribers = subscribers + delta,
            subscribers_local = subscribers_local + case when (select local from person where id = who)
                                                         then delta else 0 end
            where id = target;
    end if;
    return null;
end $$;
create trigger community_follow_counts after insert or delete or update of followed, follow_pending
    on community_actions for each row execute function community_follow_counts();
