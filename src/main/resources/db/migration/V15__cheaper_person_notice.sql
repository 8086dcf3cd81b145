-- V14 compared a local person's old and new rows as jsonb, which built two documents (keys and
-- all) on every vote on that person's posts and comments. The same test on the row itself: set the
-- columns a vote moves (and the refresh stamp) alike on both copies, then compare the rows.
create or replace function notify_local_person_change() returns trigger language plpgsql as $$
declare
  before person;
  after person;
begin
  if tg_op = 'DELETE' then
    perform pg_notify('warren_account', 'p' || old.id);
    return null;
  end if;
  before := old;
  after := new;
  before.post_score := 0;
  before.comment_score := 0;
  before.last_refreshed_at := null;
  after.post_score := 0;
  after.comment_score := 0;
  after.last_refreshed_at := null;
  if before is distinct from after then
    perform pg_notify('warren_account', 'p' || old.id);
  end if;
  return null;
end $$;
