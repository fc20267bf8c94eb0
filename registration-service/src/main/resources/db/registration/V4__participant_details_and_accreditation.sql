-- What a registration says about the participant, their accreditation and their place.
-- Registrations made before these fields existed (development data only) are marked as such:
-- organisation '(not given)', country ZZ (CLDR's "unknown region"), and special accreditation
-- pending, so that an organiser looks at them.
alter table participant add column organisation text not null default '(not given)';
-- the organisation as compared for the per-organisation cap: case, spacing and accents folded
alter table participant add column organisation_key text not null default '(not given)';
alter table participant add column country text not null default 'ZZ' check (country ~ '^[A-Z]{2}$');
alter table participant add column category text not null default 'civil-society-special-accreditation'
    check (category in ('member-state', 'observer-state', 'un-system', 'intergovernmental-organisation',
                        'national-human-rights-institution', 'civil-society-ecosoc',
                        'civil-society-special-accreditation', 'migrant-diaspora-organisation',
                        'trade-union', 'private-sector', 'academia', 'local-regional-authority', 'media'));
alter table participant add column attendance text not null default 'online'
    check (attendance in ('in-person', 'online', 'waiting-list'));
-- when the participant joined the organisation's waiting list: its order
alter table participant add column waitlisted_at timestamptz;
alter table participant add column accessibility text[] not null default '{}'
    check (accessibility <@ array['sign-language', 'captioning', 'step-free-access', 'other']);
alter table participant add column accessibility_other text;
-- self-declared, optional: null when not said
alter table participant add column lived_experience boolean;
alter table participant add column public_listing boolean not null default false;
alter table participant add column time_zone text;
alter table participant add column accreditation text not null default 'pending'
    check (accreditation in ('not-required', 'awaiting-confirmation', 'pending', 'provisionally-approved',
                             'objected', 'granted', 'refused'));
-- end of the non-objection period of a provisional approval
alter table participant add column objections_until timestamptz;
alter table participant add column cancelled_at timestamptz;
alter table participant add column cancelled_by text;
alter table participant add column erased_at timestamptz;
alter table participant add column version integer not null default 0;
alter table participant add column updated_at timestamptz;

update participant p set time_zone = e.time_zone from edition e where e.id = p.edition_id;
update participant set updated_at = registered_at;
alter table participant alter column time_zone set not null;
alter table participant alter column updated_at set not null;
alter table participant alter column organisation drop default;
alter table participant alter column organisation_key drop default;
alter table participant alter column country drop default;
alter table participant alter column category drop default;
alter table participant alter column attendance drop default;
alter table participant alter column accreditation drop default;
alter table participant add constraint participant_waitlisted
    check ((attendance = 'waiting-list') = (waitlisted_at is not null));

-- one live registration per edition and address: cancelling (or erasure) frees the address
drop index participant_email_per_edition;
create unique index participant_email_per_edition on participant (edition_id, lower(email))
    where cancelled_at is null and erased_at is null;

-- organisers' lists: per edition, newest first or by name; the cap and waiting list by organisation
create index participant_by_edition on participant (edition_id, registered_at desc);
create index participant_by_organisation on participant (edition_id, organisation_key, attendance);
create index participant_objections_ending on participant (objections_until)
    where accreditation = 'provisionally-approved';

-- every accreditation decision and objection, with who made or raised it
create table accreditation_decision (
    id             bigint generated always as identity primary key,
    participant_id uuid        not null references participant (id),
    decision       text        not null check (decision in ('requested', 'confirmed', 'provisionally-approved',
                                                           'objected', 'granted', 'refused')),
    actor          text        not null,
    -- for an objection: the Member State that raised it (ISO 3166-1 alpha-2)
    raised_by      text,
    reason         text,
    decided_at     timestamptz not null
);

create index accreditation_decision_by_participant on accreditation_decision (participant_id, id);
