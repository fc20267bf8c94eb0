-- Which edition each known participant registered for: a rescheduling reaches exactly them.
alter table known_participant add column edition_id text;
create index known_participant_by_edition on known_participant (edition_id);

-- One event may now concern many participants (a rescheduling): one message each, never two.
alter table notification drop constraint notification_source_event_id_kind_channel_key;
alter table notification add constraint one_message_per_event_participant_channel
    unique (source_event_id, kind, channel, participant_id);
