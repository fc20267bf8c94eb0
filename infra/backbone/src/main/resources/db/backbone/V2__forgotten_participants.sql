-- Participants whose personal data was erased, by id alone (the id names nobody once what it pointed
-- to is gone): events that name them and arrive later are dropped before any feature sees them.
create table forgotten_participant (
    id           uuid primary key,
    forgotten_at timestamptz not null
);
