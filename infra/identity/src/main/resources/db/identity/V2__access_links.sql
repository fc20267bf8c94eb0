-- The access links registration-service issued, as hashes: what an access-link exchange checks.
create table access_link (
    token_hash     text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    participant_id uuid        not null,
    edition_id     text        not null,
    expires_at     timestamptz not null,
    revoked_at     timestamptz
);
