-- The backbone's forgetting facility now keeps who was erased (messaging.forgotten_participant, made by
-- its migrations, which run first): the ids kept so far move there.
insert into messaging.forgotten_participant (id, forgotten_at)
select id, forgotten_at from forgotten_participant
on conflict (id) do nothing;
drop table forgotten_participant;
