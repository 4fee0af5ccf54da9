-- matchmaking-service: single workers' profiles, their separate consents, and the civil-affairs registry checks.

-- One profile per member. What matching filters on (gender, birth year, district, education, height, preferences)
-- is kept in clear so it can be indexed; what identifies or describes the person (legal name, ID number, contact,
-- occupation, self-text, interests) is AES-GCM encrypted (docs/matchmaking.md).
create table profile (
    id                   uuid         primary key,
    member_id            varchar(64)  not null unique,
    gender               varchar(10)  not null,
    birth_year           integer      not null,
    district             varchar(100) not null,
    education            varchar(20)  not null,
    height_cm            integer,
    occupation           text,                      -- encrypted
    self_text            text,                      -- encrypted
    interests            text,                      -- encrypted
    contact              text         not null,     -- encrypted: shown to a mutual match only
    legal_name           text         not null,     -- encrypted: for the registry check only
    id_number            text         not null,     -- encrypted: for the registry check only
    pref_age_min         integer      not null,
    pref_age_max         integer      not null,
    pref_districts       text         not null,     -- the districts wanted, comma-separated; empty: any
    pref_education_floor varchar(20),
    -- the consents as they stand now (their history: consent_record)
    matching_consent     boolean      not null default false,
    registry_consent     boolean      not null default false,
    showing_consent      boolean      not null default false,
    sharing_consent      boolean      not null default false,
    verification         varchar(20)  not null,
    verified_until       date,
    registered_at        timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0
);
create index profile_verified_until on profile (verified_until) where verification = 'VERIFIED';

-- Every consent given or withdrawn, with its time: the history a data subject can be shown.
create table consent_record (
    id         uuid        primary key,
    profile_id uuid        not null references profile (id),
    purpose    varchar(30) not null,
    given      boolean     not null,
    at         timestamptz not null
);
create index consent_record_by_profile on consent_record (profile_id, purpose, at);

-- A check of a profile against the marriage registry: only its answer and date are kept, never the record.
create table registry_check (
    id          uuid        primary key,
    profile_id  uuid        not null references profile (id),
    reason      varchar(20) not null,              -- FIRST, RECHECK, DETAILS_CHANGED
    queued_at   timestamptz not null,
    outcome     varchar(20),                       -- SINGLE, NOT_SINGLE, CANCELLED
    single_on   date,
    answered_at timestamptz,
    answered_by varchar(64)
);
create unique index registry_check_one_pending on registry_check (profile_id) where outcome is null;
create index registry_check_pending on registry_check (queued_at) where outcome is null;
