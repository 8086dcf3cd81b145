-- HTML rendered from the Markdown of posts, comments, bios and community descriptions, kept so a
-- page view does not parse Markdown again. A row is valid for the source version it names (the
-- item's updated time, or its published time before any edit); an edit makes it stale, and the
-- next view renders and replaces it. API v3 never reads this table.
create table rendered_content (
  kind smallint not null,          -- 1 post body, 2 comment, 3 person bio, 4 community description
  item_id integer not null,
  source_version timestamptz not null,
  html text not null,
  primary key (kind, item_id)
);
