-- One delivery per notification and channel (and, for webhooks, per endpoint): the persisted queue
-- every instance claims rows from. A row is claimed by an instance until claimed_until; a claim
-- that expires (the instance died) makes the row due again.
create table delivery (
    id              uuid primary key,
    notification_id uuid        not null references notification (id) on delete cascade,
    participant_id  uuid        not null,
    kind            text        not null,
    channel         text        not null check (channel in ('email', 'in-app', 'webhook')),
    -- the webhook endpoint's id; empty for the other channels
    target          text        not null default '',
    state           text        not null
        check (state in ('queued', 'sent', 'failed', 'bounced', 'suppressed')),
    attempts        integer     not null default 0,
    last_error      text,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    claimed_by      text,
    claimed_until   timestamptz,
    unique (notification_id, channel, target)
);

create index delivery_due on delivery (channel, next_attempt_at) where state = 'queued';
create index delivery_by_participant on delivery (participant_id, created_at desc);
