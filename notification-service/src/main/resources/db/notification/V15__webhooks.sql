-- (Whom each participant represents is kept by V16_0: organisation, country, category.)

-- Endpoints that organisers register per organisation: every notification for a participant of the
-- organisation, of a kind the endpoint asked for, is posted to it, signed.
create table webhook_endpoint (
    id                   uuid primary key,
    -- as registration names it, and folded (case, accents, punctuation, spacing) for comparison
    organisation         text        not null,
    organisation_key     text        not null,
    url                  text        not null,
    -- notification kinds, or '*' for every kind
    kinds                text[]      not null,
    description          text,
    enabled              boolean     not null,
    disabled_reason      text,
    disabled_at          timestamptz,
    -- consecutive failed sends, since when, and the last one's cause: too many disable it
    consecutive_failures integer     not null default 0,
    failing_since        timestamptz,
    last_failure         text,
    -- the staff member who registered it (token subject) and whom to tell when it is disabled
    registered_by        text        not null,
    contact_name         text,
    contact_email        text,
    created_at           timestamptz not null,
    changed_at           timestamptz not null
);

create index webhook_endpoint_by_organisation on webhook_endpoint (organisation_key, created_at);

-- Each endpoint's signing secrets, sealed with the platform's key: the current one (valid_until
-- null), and after a rotation the previous one, which still signs until its grace period ends.
create table webhook_secret (
    id           uuid primary key,
    endpoint_id  uuid        not null references webhook_endpoint (id) on delete cascade,
    sealed       text        not null,
    created_at   timestamptz not null,
    valid_until  timestamptz
);

create index webhook_secret_by_endpoint on webhook_secret (endpoint_id);
