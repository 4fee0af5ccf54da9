-- training-service: cadres, the "2+3" tracks, cohorts, enrolment, needs surveys, attendance, completions,
-- follow-up visits and coverage campaigns.

create table cadre (
    id            uuid         primary key,
    member_id     varchar(64)  not null unique,   -- the sub of the cadre's token
    name          text         not null,          -- AES-GCM encrypted (personal data)
    union_unit    varchar(200) not null,
    unit_type     varchar(30)  not null,
    district      varchar(100) not null,
    role          varchar(30)  not null,
    appointed_on  date         not null,
    registered_at timestamptz  not null,
    version       integer      not null default 0
);
create index cadre_by_district on cadre (district);
create index cadre_by_unit on cadre (union_unit);
create index cadre_by_role on cadre (role);

create table track (
    id                 uuid         primary key,
    code               varchar(50)  not null unique,
    name               varchar(200) not null,
    days               integer      not null check (days between 1 and 30),
    eligible_roles     jsonb        not null,
    required_for_roles jsonb        not null,
    core_modules       jsonb        not null,
    version            integer      not null default 0
);

create table cohort (
    id                uuid         primary key,
    track_id          uuid         not null references track (id),
    starts_on         date         not null,
    ends_on           date         not null,
    venue             varchar(200) not null,
    capacity          integer      not null check (capacity > 0),
    core_modules      jsonb        not null,
    extension_modules jsonb        not null,
    enrolment_open    boolean      not null,
    scheduled_at      timestamptz  not null,
    version           integer      not null default 0,
    check (ends_on >= starts_on)
);
create index cohort_by_track_start on cohort (track_id, starts_on);

create table enrolment (
    id           uuid        primary key,
    cohort_id    uuid        not null references cohort (id),
    cadre_id     uuid        not null references cadre (id),
    status       varchar(20) not null,
    requested_at timestamptz not null,
    -- a waitlist is served in the order of this sequence
    queue_number bigint      generated always as identity,
    version      integer     not null default 0
);
-- never twice in one cohort (a cancelled enrolment does not count)
create unique index enrolment_once_per_cohort on enrolment (cohort_id, cadre_id) where status <> 'CANCELLED';
create index enrolment_by_cadre on enrolment (cadre_id);
create index enrolment_by_cohort_status on enrolment (cohort_id, status, queue_number);

create table topic_request (
    id           uuid         primary key,
    cohort_id    uuid         not null references cohort (id),
    cadre_id     uuid         not null references cadre (id),
    topic        text         not null,
    category     varchar(100),
    submitted_at timestamptz  not null
);
create index topic_request_by_cohort on topic_request (cohort_id);

-- the staff-editable dictionary that sorts uncategorised requests
create table topic_keyword (
    id       uuid         primary key,
    keyword  varchar(100) not null unique,
    category varchar(100) not null
);

create table attendance (
    id          uuid        primary key,
    cohort_id   uuid        not null references cohort (id),
    cadre_id    uuid        not null references cadre (id),
    day         integer     not null,
    status      varchar(20) not null,
    recorded_at timestamptz not null,
    unique (cohort_id, cadre_id, day)
);

create sequence certificate_number_seq;
create table completion (
    id                 uuid        primary key,
    cadre_id           uuid        not null references cadre (id),
    cohort_id          uuid        not null references cohort (id),
    track_id           uuid        not null references track (id),
    certificate_number varchar(40) not null unique,
    completed_on       date        not null,
    unique (cadre_id, track_id)
);
create index completion_by_track on completion (track_id, completed_on);

create table follow_up (
    id            uuid        primary key,
    completion_id uuid        not null references completion (id),
    cadre_id      uuid        not null references cadre (id),
    due_on        date        not null,
    due_announced boolean     not null default false,
    outcome       varchar(20),
    notes         text,                 -- AES-GCM encrypted
    visited_on    date,
    version       integer     not null default 0
);
create index follow_up_open_by_due on follow_up (due_on) where outcome is null;

create table campaign (
    id         uuid         primary key,
    name       varchar(200) not null,
    starts_on  date         not null,
    ends_on    date         not null,
    districts  jsonb        not null,   -- empty: every district of the city
    created_at timestamptz  not null,
    check (ends_on > starts_on)
);

create table invitation (
    id          uuid        primary key,
    campaign_id uuid        not null references campaign (id),
    cadre_id    uuid        not null references cadre (id),
    cohort_id   uuid        not null references cohort (id),
    invited_at  timestamptz not null,
    unique (campaign_id, cadre_id)
);
create index invitation_by_cohort on invitation (cohort_id);
