-- What participant-registered (versions 2 and 3) says of whom each participant represents, from where and as
-- what: announcements are addressed by category and by region (derived from the country). Null for
-- registrations announced by version 1; webhooks reach the endpoints of a participant's organisation.
alter table known_participant add column organisation text;
alter table known_participant add column country text;
alter table known_participant add column category text;
