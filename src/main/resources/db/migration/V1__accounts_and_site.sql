-- Accounts, the site and its settings. Enum-like columns keep Lemmy's PascalCase spellings,
-- checked here so that a bad value can never be stored.

create table instance (
    id         serial primary key,
    domain     text not null,
    software   text,
    version    text,
    published  timestamptz not null default now(),
    updated    timestamptz
);
create unique index instance_domain_lower on instance (lower(domain));

create table language (
    id    integer primary key,
    code  text not null unique,
    name  text not null
);

create table secret (
    id          integer primary key default 1 check (id = 1),
    jwt_secret  text not null
);

create table site (
    id                 serial primary key,
    name               text not null,
    sidebar            text,
    published          timestamptz not null default now(),
    updated            timestamptz,
    icon               text,
    banner             text,
    description        text,
    actor_id           text not null unique,
    last_refreshed_at  timestamptz not null default now(),
    inbox_url          text not null,
    private_key        text,
    public_key         text not null,
    instance_id        integer not null unique references instance on delete cascade,
    content_warning    text
);

create table local_site (
    id                             serial primary key,
    site_id                        integer not null unique references site on delete cascade,
    site_setup                     boolean not null default false,
    enable_downvotes               boolean not null default true,
    enable_nsfw                    boolean not null default true,
    community_creation_admin_only  boolean not null default false,
    require_email_verification     boolean not null default false,
    application_question           text default 'To verify that you are human, please explain why you want to create an account on this site',
    private_instance               boolean not null default false,
    default_theme                  text not null default 'browser',
    default_post_listing_type      text not null default 'Local'
        check (default_post_listing_type in ('All', 'Local', 'Subscribed', 'ModeratorView')),
    legal_information              text,
    hide_modlog_mod_names          boolean not null default true,
    application_email_admins       boolean not null default false,
    slur_filter_regex              text,
    actor_name_max_length          integer not null default 20,
    federation_enabled             boolean not null default true,
    captcha_enabled                boolean not null default false,
    captcha_difficulty             text not null default 'medium',
    published                      timestamptz not null default now(),
    updated                        timestamptz,
    registration_mode              text not null default 'RequireApplication'
        check (registration_mode in ('Closed', 'RequireApplication', 'Open')),
    reports_email_admins           boolean not null default false,
    federation_signed_fetch        boolean not null default false,
    default_post_listing_mode      text not null default 'List'
        check (default_post_listing_mode in ('List', 'Card', 'SmallCard')),
    default_sort_type              text not null default 'Active',
    -- Site-wide counters, kept exact by triggers (see below) so that reads never aggregate.
    users                          bigint not null default 0,
    posts                          bigint not null default 0,
    comments                       bigint not null default 0,
    communities                    bigint not null default 0
);

create table local_site_rate_limit (
    local_site_id                    integer primary key references local_site on delete cascade,
    message                          integer not null default 180,
    message_per_second               integer not null default 60,
    post                             integer not null default 6,
    post_per_second                  integer not null default 600,
    register                         integer not null default 10,
    register_per_second              integer not null default 3600,
    image                            integer not null default 6,
    image_per_second                 integer not null default 3600,
    comment                          integer not null default 6,
    comment_per_second               integer not null default 600,
    search                           integer not null default 60,
    search_per_second                integer not null default 600,
    import_user_settings             integer not null default 1,
    import_user_settings_per_second  integer not null default 86400,
    published                        timestamptz not null default now(),
    updated                          timestamptz
);

create table site_language (
    site_id      integer not null references site on delete cascade,
    language_id  integer not null references language on delete cascade,
    primary key (site_id, language_id)
);

create table tagline (
    id             serial primary key,
    local_site_id  integer not null references local_site on delete cascade,
    content        text not null,
    published      timestamptz not null default now(),
    updated        timestamptz
);

create table local_site_url_blocklist (
    id         serial primary key,
    url        text not null unique,
    published  timestamptz not null default now(),
    updated    timestamptz
);

create table custom_emoji (
    id             serial primary key,
    local_site_id  integer not null references local_site on delete cascade,
    shortcode      text not null unique,
    image_url      text not null,
    alt_text       text not null,
    category       text not null,
    published      timestamptz not null default now(),
    updated        timestamptz
);

create table custom_emoji_keyword (
    custom_emoji_id  integer not null references custom_emoji on delete cascade,
    keyword          text not null,
    primary key (custom_emoji_id, keyword)
);

create table federation_allowlist (
    instance_id  integer primary key references instance on delete cascade,
    published    timestamptz not null default now()
);

create table federation_blocklist (
    instance_id  integer primary key references instance on delete cascade,
    published    timestamptz not null default now()
);

create table person (
    id                 serial primary key,
    name               text not null,
    display_name       text,
    avatar             text,
    banned             boolean not null default false,
    published          timestamptz not null default now(),
    updated            timestamptz,
    actor_id           text not null,
    bio                text,
    local              boolean not null default true,
    private_key        text,
    public_key         text not null,
    last_refreshed_at  timestamptz not null default now(),
    banner             text,
    deleted            boolean not null default false,
    inbox_url          text not null,
    shared_inbox_url   text,
    matrix_user_id     text,
    bot_account        boolean not null default false,
    ban_expires        timestamptz,
    instance_id        integer not null references instance on delete cascade,
    -- Counters kept on the row (Lemmy 1.0 folded its person_aggregates table the same way).
    post_count         bigint not null default 0,
    post_score         bigint not null default 0,
    comment_count      bigint not null default 0,
    comment_score      bigint not null default 0
);
create unique index person_actor_id_lower on person (lower(actor_id));
create index person_name_lower on person (lower(name));
create index person_instance on person (instance_id);

create table local_user (
    id                            serial primary key,
    person_id                     integer not null unique references person on delete cascade,
    password_encrypted            text not null,
    email                         text,
    show_nsfw                     boolean not null default false,
    theme                         text not null default 'browser',
    default_sort_type             text not null default 'Active',
    default_listing_type          text not null default 'Local'
        check (default_listing_type in ('All', 'Local', 'Subscribed', 'ModeratorView')),
    interface_language            text not null default 'browser',
    show_avatars                  boolean not null default true,
    send_notifications_to_email   boolean not null default false,
    show_scores                   boolean not null default true,
    show_bot_accounts             boolean not null default true,
    show_read_posts               boolean not null default true,
    email_verified                boolean not null default false,
    accepted_application          boolean not null default false,
    totp_2fa_secret               text,
    open_links_in_new_tab         boolean not null default false,
    blur_nsfw                     boolean not null default true,
    auto_expand                   boolean not null default false,
    infinite_scroll_enabled       boolean not null default false,
    admin                         boolean not null default false,
    post_listing_mode             text not null default 'List'
        check (post_listing_mode in ('List', 'Card', 'SmallCard')),
    totp_2fa_enabled              boolean not null default false,
    enable_keyboard_navigation    boolean not null default false,
    enable_animated_images        boolean not null default true,
    collapse_bot_comments         boolean not null default false,
    -- Lemmy keeps these four in local_user_vote_display_mode; one row per user needs no table.
    vote_display_score            boolean not null default true,
    vote_display_upvotes          boolean not null default true,
    vote_display_downvotes        boolean not null default true,
    vote_display_upvote_percentage boolean not null default false,
    last_donation_notification    timestamptz not null default now()
);
create unique index local_user_email_lower on local_user (lower(email));
create index local_user_admin on local_user (admin) where admin;

create table local_user_language (
    local_user_id  integer not null references local_user on delete cascade,
    language_id    integer not null references language on delete cascade,
    primary key (local_user_id, language_id)
);

-- Every issued JWT is stored, so that logout and a password change can revoke it.
create table login_token (
    token       text primary key,
    user_id     integer not null references local_user on delete cascade,
    published   timestamptz not null default now(),
    ip          text,
    user_agent  text
);
create index login_token_user on login_token (user_id);

create table registration_application (
    id             serial primary key,
    local_user_id  integer not null unique references local_user on delete cascade,
    answer         text not null,
    admin_id       integer references person on delete set null,
    deny_reason    text,
    published      timestamptz not null default now()
);
create index registration_application_unread on registration_application (published) where admin_id is null;

create table email_verification (
    id                  serial primary key,
    local_user_id       integer not null references local_user on delete cascade,
    email               text not null,
    verification_token  text not null unique,
    published           timestamptz not null default now()
);

create table password_reset_request (
    id             serial primary key,
    token          text not null unique,
    local_user_id  integer not null references local_user on delete cascade,
    published      timestamptz not null default now()
);

create table captcha_answer (
    uuid       uuid primary key,
    answer     text not null,
    published  timestamptz not null default now()
);

-- The site's user count follows local_user rows exactly, whoever inserts or deletes them.
create function local_site_count_users() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update local_site set users = users + 1;
    elsif tg_op = 'DELETE' then
        update local_site set users = users - 1;
    end if;
    return null;
end $$;

create trigger local_user_counts_site after insert or delete on local_user
    for each row execute function local_site_count_users();
