-- The informal interactive multi-stakeholder hearing: its thematic sessions, stakeholders' requests
-- to speak, and the organisers' selection and running order.
create table hearing_session (
    id                    uuid primary key,
    edition_id            text        not null references edition (id),
    title                 text        not null,
    theme                 text,
    starts_at             timestamptz not null,
    -- the time limit of each speaker unless the running order says otherwise
    speaking_time_seconds integer     not null check (speaking_time_seconds between 60 and 900),
    demo                  boolean     not null default false,
    created_by            text        not null,
    created_at            timestamptz not null,
    changed_by            text,
    changed_at            timestamptz,
    -- who last set the running order, and when (selections and declines are on the requests)
    running_order_set_by  text,
    running_order_set_at  timestamptz,
    version               integer     not null default 0
);

create index hearing_session_by_edition on hearing_session (edition_id, starts_at);

create table hearing_request (
    id                    uuid primary key,
    edition_id            text        not null references edition (id),
    session_id            uuid        not null references hearing_session (id),
    participant_id        uuid        not null references participant (id),
    -- the GCM objectives the statement addresses, 1 to 23
    objectives            integer[]   not null
        check (cardinality(objectives) between 1 and 23 and 1 <= all (objectives) and 23 >= all (objectives)),
    -- free text the speaker wrote (or said of themselves): null once their personal data is erased
    summary               text,
    gender                text,
    status                text        not null check (status in ('requested', 'selected', 'declined')),
    -- the place in the session's running order while selected: only its order counts
    position              integer,
    -- a time limit set for this speaker in the running order; else the session's
    speaking_time_seconds integer     check (speaking_time_seconds between 60 and 900),
    requested_by          text        not null,
    requested_at          timestamptz not null,
    decided_by            text,
    decided_at            timestamptz,
    decline_reason        text,
    erased_at             timestamptz,
    check ((status = 'selected') = (position is not null)),
    check (summary is not null or erased_at is not null)
);

-- one open request (requested or selected) per participant and edition
create unique index hearing_request_open_per_participant on hearing_request (edition_id, participant_id)
    where status in ('requested', 'selected');
create index hearing_request_by_edition on hearing_request (edition_id, session_id, status);
create index hearing_request_by_participant on hearing_request (participant_id);

-- no two selected speakers of a session share a place; checked at commit, so that a reordering may
-- move speakers through each other's places
alter table hearing_request add constraint hearing_running_order_places_distinct
    exclude using btree (session_id with =, position with =) where (status = 'selected')
    deferrable initially deferred;
