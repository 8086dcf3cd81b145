-- Each Warren node keeps the accounts behind recent login tokens in memory, so that a signed-in
-- request does not read its account again. These triggers tell every node (LISTEN
-- warren_account) when what such a request is made of changes, whoever changed it: a token
-- revoked, an account's settings or languages, or its person's public row. The payload is 'u'
-- and a local_user id, or 'p' and a person id. PostgreSQL sends it at commit and folds repeats
-- within one transaction.

-- One function per table: each names its own id column.
create function notify_login_token_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('warren_account', 'u' || old.user_id);
  return null;
end $$;

create function notify_local_user_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('warren_account', 'u' || (case when tg_op = 'DELETE' then old.id else new.id end));
  return null;
end $$;

create function notify_local_user_language_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('warren_account', 'u' ||
      (case when tg_op = 'DELETE' then old.local_user_id else new.local_user_id end));
  return null;
end $$;

-- A vote on a local person's post or comment updates its score columns, which no signed-in
-- request shows: those changes (and a refresh stamp) send nothing, so votes stay cheap.
create function notify_local_person_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' or to_jsonb(old) - '{post_score,comment_score,last_refreshed_at}'::text[]
                         <> to_jsonb(new) - '{post_score,comment_score,last_refreshed_at}'::text[] then
    perform pg_notify('warren_account', 'p' || old.id);
  end if;
  return null;
end $$;

create trigger login_token_notice after delete on login_token
  for each row execute function notify_login_token_change();
create trigger local_user_notice after update or delete on local_user
  for each row execute function notify_local_user_change();
create trigger local_user_language_notice after insert or update or delete on local_user_language
  for each row execute function notify_local_user_language_change();
create trigger local_person_notice after update on person
  for each row when (old.local) execute function notify_local_person_change();
create trigger local_person_delete_notice after delete on person
  for each row when (old.local) execute function notify_local_person_change();
