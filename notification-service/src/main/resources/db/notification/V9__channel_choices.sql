-- What each participant chose to hear on which channel: a row only where they departed from the
-- defaults (email and in-app for every kind). Kind '*' is every kind; a kind's own row wins over it.
create table channel_choice (
    participant_id uuid    not null,
    kind           text    not null,
    channel        text    not null check (channel in ('email', 'in-app', 'webhook')),
    chosen         boolean not null,
    changed_at     timestamptz not null,
    primary key (participant_id, kind, channel)
);
