-- Organiser-written titles (and hearing themes) in each UN language given: a JSON object keyed by
-- language code, English always ({"en": "...", "fr": "..."}). What was stored, in English, becomes
-- its English text.
alter table edition add column titles jsonb;
update edition set titles = jsonb_build_object('en', title);
alter table edition alter column titles set not null;
alter table edition add constraint edition_titles_in_english
    check (jsonb_typeof(titles -> 'en') = 'string');
alter table edition drop column title;

alter table programme_segment add column titles jsonb;
update programme_segment set titles = jsonb_build_object('en', title);
alter table programme_segment alter column titles set not null;
alter table programme_segment add constraint programme_segment_titles_in_english
    check (jsonb_typeof(titles -> 'en') = 'string');
alter table programme_segment drop column title;

alter table hearing_session add column titles jsonb;
update hearing_session set titles = jsonb_build_object('en', title);
alter table hearing_session alter column titles set not null;
alter table hearing_session add constraint hearing_session_titles_in_english
    check (jsonb_typeof(titles -> 'en') = 'string');
alter table hearing_session drop column title;

alter table hearing_session add column themes jsonb;
update hearing_session set themes = jsonb_build_object('en', theme) where theme is not null;
alter table hearing_session add constraint hearing_session_themes_in_english
    check (themes is null or jsonb_typeof(themes -> 'en') = 'string');
alter table hearing_session drop column theme;
