-- The edition's title as each participant's registration carried it, now in every UN language given
-- ({"en": "...", "fr": "..."}): the English title kept so far becomes its English text. And where
-- each participant is (their time zone), for the times messages give: null for registrations
-- announced before it was said.
alter table known_participant add column edition_titles jsonb;
update known_participant set edition_titles = jsonb_build_object('en', edition_title);
alter table known_participant alter column edition_titles set not null;
alter table known_participant drop column edition_title;
alter table known_participant add column time_zone text;

-- notification-service's own copy of each edition, kept from registration-service's edition events:
-- its titles in every language given (a translation added later reaches every participant's
-- messages) and the time zone its programme is set in.
create table known_edition (
    id        text primary key,
    titles    jsonb not null check (jsonb_typeof(titles -> 'en') = 'string'),
    -- null while only a change of details was seen
    time_zone text
);
