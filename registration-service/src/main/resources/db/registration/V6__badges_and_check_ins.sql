-- Badges of in-person participants. The QR code carries the badge id, signed (IMRF_BADGE_KEY):
-- the id alone (128 random bits) is useless without the signature. Reissuing a badge revokes the
-- old one; a participant has at most one badge in force.
create table badge (
    id              text primary key check (id ~ '^[A-Za-z0-9_-]{22}$'),
    participant_id  uuid        not null references participant (id),
    edition_id      text        not null references edition (id),
    issued_at       timestamptz not null,
    issued_by       text        not null,
    revoked_at      timestamptz,
    revoked_by      text,
    revoked_because text check (revoked_because in ('reissued', 'erased')),
    check ((revoked_at is null) = (revoked_because is null))
);

create unique index badge_in_force on badge (participant_id) where revoked_at is null;
create index badge_by_participant on badge (participant_id, issued_at);

-- Arrivals at the venue: one per participant, however often their badge is scanned. Erasure
-- detaches a check-in from its participant (and badge) but keeps its time and category: the
-- counts stay right.
create table check_in (
    id             bigint generated always as identity primary key,
    participant_id uuid unique references participant (id),
    badge_id       text references badge (id),
    edition_id     text        not null references edition (id),
    category       text        not null,
    checked_in_at  timestamptz not null,
    checked_in_by  text        not null
);

create index check_in_by_edition on check_in (edition_id, category);
