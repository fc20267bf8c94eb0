-- The event backbone's own tables, in their own schema and with their own migration history,
-- so that they evolve independently of the service's tables.

-- Events waiting to be published. A row is written in the same transaction as the state change it
-- describes, and deleted by the relay once Kafka has acknowledged it.
create table outbox (
    position    bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    event_type  text        not null,
    source      text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    payload     bytea       not null,
    recorded_at timestamptz not null default now(),
    attempts    integer     not null default 0,
    last_error  text
);

-- Events a consumer has applied, written in the same transaction as their effect: a redelivered
-- event finds its id here and has no second effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create index processed_event_by_age on processed_event (processed_at);
