-- As Lemmy 0.19: a remote community's subscriber count is what its followers collection says
-- (set when the Group is read), so a follow changes `subscribers` only of a local community;
-- `subscribers_local` still counts this site's people following any community.
create or replace function community_follow_counts() returns trigger language plpgsql as $$
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
        update community set
            subscribers = subscribers + case when local then delta else 0 end,
            subscribers_local = subscribers_local + case when (select local from person where id = who)
                                                         then delta else 0 end
            where id = target;
    end if;
    return null;
end $$;
