-- When each link was first exchanged for a token: set once, so that its first use is published once.
alter table access_link add column first_used_at timestamptz;
