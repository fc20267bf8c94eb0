-- notification-service's own copy of what it needs to know about each participant, kept from
-- registration-service's events: it never asks registration-service.
create table known_participant (
    id            uuid primary key,
    name          text not null,
    email         text not null,
    language      text not null,
    edition_title text not null
);
