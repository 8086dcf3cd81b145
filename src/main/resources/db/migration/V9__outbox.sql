-- The durable outbox. An outgoing activity is written once, with one delivery row per destination
-- inbox (in practice one per site, its shared inbox), in the transaction of the change that caused
-- it; workers on any node claim due deliveries with FOR UPDATE SKIP LOCKED and delete them once the
-- remote answered 2xx. The activity itself stays 7 days, since its id must stay dereferenceable.

create table sent_activity (
  id           bigserial primary key,
  ap_id        text not null,
  body         text not null,          -- the exact JSON sent, so the digest and the served copy agree
  actor_ap_id  text not null,          -- the signing actor; its private key is read from person, community or site
  key_id       text not null,
  object_key   text not null,          -- what the activity is about; deliveries keep order per key and site
  sensitive    boolean not null default false,  -- follows, PMs, ...: not served at their id (Lemmy answers 403)
  published    timestamptz not null default now()
);
create unique index sent_activity_ap_id on sent_activity (ap_id);
create index sent_activity_published on sent_activity (published);

-- One row per destination site, keyed by origin (scheme://host[:port]), since that is what a
-- connection goes to; domain (host without port) is how the instance table names it.
create table outbox_site (
  id             serial primary key,
  origin         text not null unique,
  domain         text not null,
  fail_count     integer not null default 0,   -- consecutive failed attempts; 0 when healthy
  failing_since  timestamptz,                  -- first failure after the last success
  retry_at       timestamptz,                  -- no attempt before this while failing
  last_success   timestamptz,                  -- refreshed at most about once a second
  last_failure   timestamptz,
  last_error     text,
  dead_since     timestamptz,                  -- failing for longer than the dead limit: nothing is queued
  probe_at       timestamptz                   -- next liveness probe of a dead site
);
create index outbox_site_domain on outbox_site (domain);
create index outbox_site_dead on outbox_site (probe_at) where dead_since is not null;

create table outbox_delivery (
  id           bigserial primary key,
  activity_id  bigint not null references sent_activity on delete cascade,
  site_id      integer not null references outbox_site on delete cascade,
  inbox        text not null,
  object_key   text not null,
  attempts     integer not null default 0,
  -- Claimable when ready_at <= now(). A claim moves it one lease ahead, so a node that dies
  -- mid-send leaves the row to be claimed again after the lease; a failure moves it to the retry.
  ready_at     timestamptz not null default now(),
  claimed_at   timestamptz,
  -- The claiming node's database session (pid@start). When that session is gone (the node died
  -- or was killed), its claims are handed back at once instead of waiting for the lease.
  claimed_by   text,
  created      timestamptz not null default now()
);
-- The claim walks sites (skip scan on site_id), then each site's due rows in order.
create index outbox_delivery_site_ready on outbox_delivery (site_id, ready_at, id);
-- "Is an earlier delivery about the same object still pending for this site?"
create index outbox_delivery_order on outbox_delivery (site_id, object_key, id);
create index outbox_delivery_activity on outbox_delivery (activity_id);
create index outbox_delivery_claimed on outbox_delivery (claimed_by) where claimed_at is not null;
