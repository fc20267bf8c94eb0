-- Staff who sign in here: organisers, chairs, hosts, check-in staff, operations.
create table staff_account (
    username      text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  text        not null,
    email         text        not null,
    -- a DelegatingPasswordEncoder hash ({bcrypt}...): never the password
    password_hash text        not null,
    roles         text[]      not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null,
    created_by    text        not null
);

-- The key tokens are signed with, kept so that tokens survive a restart of the provider.
create table signing_key (
    key_id      text primary key,
    private_key bytea       not null,
    public_key  bytea       not null,
    created_at  timestamptz not null
);
