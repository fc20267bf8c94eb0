-- An erased participant keeps an anonymous record for the counts: no address, no name.
alter table participant alter column email drop not null;
alter table participant add constraint participant_reachable_unless_erased
    check (erased_at is not null or email is not null);
