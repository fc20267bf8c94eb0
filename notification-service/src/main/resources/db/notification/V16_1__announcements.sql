-- Announcements: a draft organisers change, sent once, then written to every recipient a chunk at a
-- time. The progress (written so far, the last recipient of the last chunk) commits with each chunk,
-- so that a sending interrupted by a crash resumes after that recipient.
create table announcement (
    id                uuid primary key,
    edition_id        text        not null,
    -- {"en": "...", "fr": "..."}: English always, subject and body in the same languages
    subject           jsonb       not null check (jsonb_typeof(subject -> 'en') = 'string'),
    body              jsonb       not null check (jsonb_typeof(body -> 'en') = 'string'),
    -- {"categories": [...], "languages": [...], "attendances": [...], "regions": [...]}: empty picks all
    filters           jsonb       not null,
    state             text        not null check (state in ('draft', 'sending', 'sent')),
    version           integer     not null,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    sent_by           text,
    sent_at           timestamptz,
    -- how many participants the filters reached when it was sent
    recipients        integer,
    written           integer     not null default 0,
    after_participant uuid,
    progress_at       timestamptz,
    finished_at       timestamptz
);

create index announcement_being_sent on announcement (progress_at) where state = 'sending';

-- an edition's participants read in chunks, in the order of their ids
create index known_participant_by_edition_and_id on known_participant (edition_id, id);
