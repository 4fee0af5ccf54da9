-- Partner agencies' API clients (courts, civil-affairs offices, employers): registered, rotated and revoked by union
-- staff; a client exchanges its id and secret for a short-lived partner token. Only a hash of the secret is kept.
create table partner_client (
    id                uuid primary key,
    agency            varchar(64)  not null,
    name              varchar(200) not null,
    -- SHA-256 of the secret (256 random bits: a slow password hash adds nothing against guessing)
    secret_hash       bytea        not null,
    status            varchar(16)  not null check (status in ('ACTIVE', 'REVOKED')),
    created_at        timestamptz  not null,
    created_by        varchar(64)  not null,
    secret_rotated_at timestamptz  not null,
    revoked_at        timestamptz,
    revoked_by        varchar(64),
    version           bigint       not null default 0
);

create index partner_client_agency on partner_client (agency);
