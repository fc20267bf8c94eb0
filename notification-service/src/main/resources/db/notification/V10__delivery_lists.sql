-- Organisers list deliveries newest first, filtered by state, channel and kind.
create index delivery_by_created_at on delivery (created_at desc, id);
create index delivery_by_state_channel on delivery (state, channel, kind);
