-- An edition's schedule: venue, registration window, programme; and whether it is demo data.
alter table edition add column venue text;
alter table edition add column registration_opens_at timestamptz;
alter table edition add column registration_closes_at timestamptz;
alter table edition add column demo boolean not null default false;
alter table edition add column version integer not null default 0;
alter table edition add constraint edition_dates_in_order check (ends_on is null or starts_on is null or ends_on >= starts_on);

create table programme_segment (
    edition_id text        not null references edition (id) on delete cascade,
    position   integer     not null,
    kind       text        not null check (kind in ('hearing', 'round-table', 'policy-debate', 'plenary', 'side-events')),
    title      text        not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    primary key (edition_id, position),
    check (ends_at > starts_at)
);

-- IMRF 2022 becomes demo data, loaded on request (./forum up does); a database that already holds
-- registrations for it keeps it.
delete from edition e
where e.id = 'imrf-2022' and not exists (select 1 from participant p where p.edition_id = e.id);
update edition set demo = true where id = 'imrf-2022';
