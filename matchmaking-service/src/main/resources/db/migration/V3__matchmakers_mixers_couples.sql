-- Matchmakers and introductions, mixers, couples and weddings, anonymous tallies, and one profile per ID number.

-- a keyed hash (HMAC-SHA-256) of the ID number: a second profile with the same number is refused without the
-- number being readable (the encrypted column cannot be compared)
alter table profile add column id_fingerprint varchar(64);
create unique index profile_one_per_id_number on profile (id_fingerprint);

-- a worker in a couple is recommended to nobody and gets no recommendations; the recommendable profiles' index
-- covers what scoring reads, so a recommendation reads the index only (docs/benchmarks.md)
alter table profile add column coupled boolean not null default false;
drop index profile_recommendable;
create index profile_recommendable on profile (gender, birth_year)
    include (id, district, education, pref_age_min, pref_age_max, pref_districts, pref_education_floor, verified_until)
    where verification = 'VERIFIED' and matching_consent and showing_consent and not coupled;
-- where a recommendation looks first: the people of the districts I want, born in my age range
create index profile_recommendable_by_district on profile (gender, district, birth_year)
    include (id, education, pref_age_min, pref_age_max, pref_districts, pref_education_floor, verified_until)
    where verification = 'VERIFIED' and matching_consent and showing_consent and not coupled;
-- a worker's matches, by either side (recommendations count them)
create index match_pair_second on match_pair (second_id);

-- volunteer matchmakers ("union red matchmakers"), kept by union staff
create table matchmaker (
    member_id     varchar(64)  primary key,
    display_name  varchar(100) not null,
    district      varchar(100) not null,
    registered_at timestamptz  not null,
    retired_at    timestamptz
);

-- a worker's matchmaker (one at a time); seen by them only while the worker consents to sharing
create table matchmaker_assignment (
    profile_id    uuid        primary key references profile (id),
    matchmaker_id varchar(64) not null references matchmaker (member_id),
    assigned_at   timestamptz not null
);
create index matchmaker_assignment_by_matchmaker on matchmaker_assignment (matchmaker_id, assigned_at);

create table advice_note (
    id            uuid        primary key,
    profile_id    uuid        not null references profile (id),
    matchmaker_id varchar(64) not null,
    text          text        not null,          -- encrypted
    written_at    timestamptz not null
);
create index advice_note_by_profile on advice_note (profile_id, written_at);

-- a one-to-one introduction a matchmaker proposes; first_id < second_id; both must accept
create table introduction (
    id            uuid        primary key,
    matchmaker_id varchar(64) not null,
    first_id      uuid        not null references profile (id),
    second_id     uuid        not null references profile (id),
    first_answer  varchar(10),                   -- ACCEPTED, DECLINED
    second_answer varchar(10),
    status        varchar(10) not null,          -- PROPOSED, ACCEPTED, DECLINED
    proposed_at   timestamptz not null,
    decided_at    timestamptz,
    check (first_id < second_id)
);
create unique index introduction_one_open on introduction (first_id, second_id) where status = 'PROPOSED';
create index introduction_second on introduction (second_id);

-- workers' wishes for a mixer ("workers order"): grouped for union staff by theme, district and month
create table mixer_wish (
    id         uuid         primary key,
    profile_id uuid         not null references profile (id),
    theme      varchar(20)  not null,
    district   varchar(100) not null,
    month      date         not null,            -- the month's first day
    posted_at  timestamptz  not null,
    unique (profile_id, theme, district, month)
);
create index mixer_wish_by_month on mixer_wish (month, theme, district);

create table mixer (
    id           uuid         primary key,
    title        varchar(200) not null,
    theme        varchar(20)  not null,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    status       varchar(10)  not null,          -- OPEN, CLOSED
    published_at timestamptz  not null,
    closed_at    timestamptz,
    -- kept at close, anonymous: they outlive the picks an erasure removes
    registered   integer,
    attended     integer,
    picks        integer,
    mutual_picks integer,
    pairs        integer
);
create index mixer_by_start on mixer (starts_at desc, id);

-- a main venue and district venues, each with seats per gender
create table mixer_venue (
    id           uuid         primary key,
    mixer_id     uuid         not null references mixer (id),
    name         varchar(200) not null,
    district     varchar(100) not null,
    main         boolean      not null,
    male_seats   integer      not null,
    female_seats integer      not null
);
create index mixer_venue_by_mixer on mixer_venue (mixer_id);

-- a sign-up: confirmed while a seat of the worker's gender is free at the venue, else waitlisted in arrival order;
-- at a closed mixer, an erased worker's sign-up stays without its profile, so the mixer's figures stay true
create table mixer_registration (
    id            uuid        primary key,
    arrival       bigint      generated always as identity,
    mixer_id      uuid        not null references mixer (id),
    venue_id      uuid        not null references mixer_venue (id),
    profile_id    uuid        references profile (id),
    gender        varchar(10) not null,
    status        varchar(12) not null,          -- CONFIRMED, WAITLISTED
    registered_at timestamptz not null,
    checked_in_at timestamptz,
    unique (mixer_id, profile_id)
);
create index mixer_registration_by_venue on mixer_registration (venue_id, gender, status, arrival);

-- after the mixer, whom each participant liked; a pick returned is a pair
create table mixer_pick (
    mixer_id  uuid not null references mixer (id),
    picker_id uuid not null references profile (id),
    picked_id uuid not null references profile (id),
    primary key (mixer_id, picker_id, picked_id)
);
create index mixer_pick_picked on mixer_pick (picked_id);

create table couple (
    id                  uuid        primary key,
    match_id            uuid        not null unique references match_pair (id),
    first_id            uuid        not null references profile (id),
    second_id           uuid        not null references profile (id),
    reported_at         timestamptz not null,
    married_on          date,
    marriage_reported_at timestamptz,
    ended_at            timestamptz                -- separated, or one blocked the other
);
create index couple_first on couple (first_id);
create index couple_second on couple (second_id);

create table wedding (
    id         uuid         primary key,
    title      varchar(200) not null,
    held_on    date         not null,
    venue      varchar(200) not null,
    capacity   integer      not null,
    -- places taken: anonymous, kept once the wedding is held (an erasure before it gives the place back)
    couples    integer      not null default 0,
    created_at timestamptz  not null
);
create index wedding_by_day on wedding (held_on desc, id);

-- a couple at one collective wedding at most
create table wedding_registration (
    couple_id     uuid        primary key references couple (id),
    wedding_id    uuid        not null references wedding (id),
    registered_at timestamptz not null
);
create index wedding_registration_by_wedding on wedding_registration (wedding_id);

-- anonymous counts, kept when the rows they count are erased
create table tally (
    name  varchar(40) primary key,
    value bigint      not null
);
insert into tally (name, value) values ('MATCHES', 0), ('COUPLES', 0), ('MARRIAGES', 0), ('ERASURES', 0);
