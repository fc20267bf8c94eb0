-- A participant's in-app inbox: one entry per notification delivered in-app. seq is the event id
-- of the live stream (Last-Event-ID); tx and read_tx are the transactions that added the entry and
-- last changed its read state, by which each instance's poller finds what other instances committed
-- since its last poll (from the oldest transaction then running: none can commit below it later).
create table inbox_entry (
    seq             bigint generated always as identity primary key,
    notification_id uuid        not null unique references notification (id) on delete cascade,
    participant_id  uuid        not null,
    read_at         timestamptz,
    tx              xid8        not null default pg_current_xact_id(),
    read_tx         xid8
);

create index inbox_entry_by_participant on inbox_entry (participant_id, seq);
create index inbox_entry_unread on inbox_entry (participant_id, seq) where read_at is null;
create index inbox_entry_by_tx on inbox_entry (tx);
create index inbox_entry_by_read_tx on inbox_entry (read_tx) where read_tx is not null;
