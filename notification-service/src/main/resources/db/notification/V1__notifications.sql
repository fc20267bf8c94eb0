create table notification (
    id              uuid primary key,
    participant_id  uuid        not null,
    source_event_id uuid        not null,
    kind            text        not null,
    channel         text        not null,
    recipient       text        not null,
    language        text        not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    -- one event never causes the same notification twice, even if deduplication were bypassed
    unique (source_event_id, kind, channel)
);

create index notification_by_participant on notification (participant_id, created_at desc, id);
