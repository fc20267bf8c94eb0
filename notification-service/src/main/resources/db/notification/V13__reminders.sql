-- notification-service's own copy of each edition's programme, kept from the edition events: the
-- parts its participants are reminded of. A segment has no id of its own: its item names it by
-- kind, English title and rank among those that share them.
create table programme_segment (
    edition_id text        not null,
    item       text        not null,
    titles     jsonb       not null check (jsonb_typeof(titles -> 'en') = 'string'),
    venue_zone text        not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    primary key (edition_id, item)
);

-- One reminder per participant, part of the programme (item) and lead time before it. A
-- rescheduling moves a pending one (due_at follows starts_at) or cancels it; due ones are claimed
-- with "for update skip locked", so that several instances never send one twice.
create table reminder (
    id             uuid primary key,
    participant_id uuid        not null,
    item           text        not null,
    item_kind      text        not null check (item_kind in ('speaking-turn', 'segment')),
    lead_seconds   bigint      not null check (lead_seconds > 0),
    edition_id     text        not null,
    titles         jsonb       not null check (jsonb_typeof(titles -> 'en') = 'string'),
    venue_zone     text        not null,
    starts_at      timestamptz not null,
    -- a segment's end; null for a speaking turn, which is a moment
    ends_at        timestamptz,
    due_at         timestamptz not null,
    state          text        not null
        check (state in ('pending', 'sent', 'cancelled', 'missed', 'superseded', 'failed')),
    sent_at        timestamptz,
    last_error     text,
    unique (participant_id, item, lead_seconds)
);

create index reminder_due on reminder (due_at) where state = 'pending';
create index reminder_by_item on reminder (item);
