-- Forum editions. Several are held side by side; dates stay empty until the General Assembly
-- sets them.
create table edition (
    id        text primary key check (id ~ '^imrf-[0-9]{4}$'),
    title     text not null,
    starts_on date,
    ends_on   date,
    time_zone text not null
);

insert into edition (id, title, starts_on, ends_on, time_zone) values
    ('imrf-2022', 'International Migration Review Forum 2022', date '2022-05-16', date '2022-05-20', 'America/New_York'),
    ('imrf-2026', 'International Migration Review Forum 2026', null, null, 'America/New_York');

create table participant (
    id                 uuid primary key,
    edition_id         text        not null references edition (id),
    name               text        not null,
    email              text        not null,
    preferred_language text        not null check (preferred_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    registered_at      timestamptz not null
);

-- one registration per edition and address
create unique index participant_email_per_edition on participant (edition_id, lower(email));
