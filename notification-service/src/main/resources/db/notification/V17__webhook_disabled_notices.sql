-- Whether the organiser who registered an endpoint is still to be told that it was disabled: set in
-- the statement that disables it, cleared once the notice is sent, so a relay that is down at that
-- moment delays the notice rather than losing it.
alter table webhook_endpoint add column notice_pending boolean not null default false;

create index webhook_endpoint_notice_pending on webhook_endpoint (disabled_at) where notice_pending;
