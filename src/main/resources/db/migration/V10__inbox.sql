-- The incoming side of federation.

-- Ids of the activities received, so a repeat (a retry, or the same activity through a second
-- Announce) is applied once. Kept 7 days, as Lemmy keeps them; a job prunes older rows.
create table received_activity (
    ap_id      text primary key,
    published  timestamptz not null default now()
);
create index received_activity_published on received_activity (published);

-- Add and Remove name a community by its moderators or featured collection URL.
create index community_moderators_url on community (moderators_url) where moderators_url is not null;
create index community_featured_url on community (featured_url) where featured_url is not null;
