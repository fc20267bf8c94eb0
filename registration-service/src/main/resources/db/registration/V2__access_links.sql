-- Personal access links: only the SHA-256 of each link's token is kept, never the token.
create table access_link (
    token_hash     text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    participant_id uuid        not null references participant (id),
    issued_at      timestamptz not null,
    issued_by      text        not null,
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_by     text
);

create index access_link_active on access_link (participant_id) where revoked_at is null;
