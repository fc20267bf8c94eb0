-- Where each participant stands, as registration-service's events say: how they attend, their
-- accreditation, and whether they cancelled (a cancelled participant hears nothing more about the
-- edition). Participants known from version 1 of participant-registered have no standing yet.
alter table known_participant add column attendance text;
alter table known_participant add column accreditation text;
alter table known_participant add column cancelled_at timestamptz;
