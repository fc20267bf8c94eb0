-- Who was erased: only the id, so that news about them that arrives late on another topic is dropped
-- rather than retried and dead-lettered as if their registration had not been seen yet.
create table forgotten_participant (
    id           uuid primary key,
    forgotten_at timestamptz not null
);
