-- The language a participant chose for their messages, over their registration's (null: theirs).
alter table known_participant add column chosen_language text
    check (chosen_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));

-- How often each participant hears by email, and the version of their preferences (the ETag); no
-- row: the defaults (immediately; a digest at 07:00 where they are).
create table participant_preference (
    participant_id uuid        primary key,
    delivery_mode  text        not null check (delivery_mode in ('immediate', 'daily-digest')),
    digest_hour    smallint    not null check (digest_hour between 0 and 23),
    version        integer     not null,
    changed_at     timestamptz not null
);

-- When each participant who chose the daily digest gets their next one: instances claim due rows
-- (for update skip locked), so two never send the same participant's digest.
create table digest_schedule (
    participant_id uuid        primary key,
    digest_hour    smallint    not null check (digest_hour between 0 and 23),
    next_at        timestamptz not null
);
create index digest_schedule_due on digest_schedule (next_at);

-- One row per participant and local day whose digest was done (written, or nothing to say),
-- inserted before the digest is written: a rerun or a second instance never writes two.
create table digest_sent (
    participant_id uuid        not null,
    day            date        not null,
    covered_until  timestamptz not null,
    notifications  integer     not null,
    primary key (participant_id, day)
);
