-- What the provider keeps of each sign-in and token grant: Spring Authorization Server's
-- oauth2_authorization, with the PostgreSQL types it asks for (text for its JSON and token values,
-- timestamptz). Authorization codes and refresh tokens survive a restart, and an account's
-- sign-ins end when its rows are deleted.
create table oauth2_authorization (
    id                            varchar(100) primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

-- ending an account's sign-ins
create index oauth2_authorization_principal on oauth2_authorization (principal_name);
-- the grants look tokens up by value; hash indexes take values of any length (signed JWTs)
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_refresh on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_access on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_state on oauth2_authorization using hash (state);
