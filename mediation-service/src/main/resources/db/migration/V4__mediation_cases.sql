-- Labour-dispute mediation: the mediators of the centres, their conflict-of-interest declarations, and the cases
-- (parties, agents, claims, sessions, the agreement and its performance) under the 15-day legal clock.

-- numbers per series and year: work orders (12351-...) and mediation cases (MED-...)
alter table order_number_counter add column series varchar(10) not null default '12351';
alter table order_number_counter drop constraint order_number_counter_pkey;
alter table order_number_counter add primary key (series, year);
alter table order_number_counter alter column series drop default;

create table mediator (
    member_id    varchar(64)  primary key,       -- the mediator's member id, the subject of their token
    display_name varchar(100) not null,          -- how parties and staff know them (a mediator's professional name)
    centre_id    uuid         not null references centre (id),
    active       boolean      not null default true
);
create index mediator_by_centre on mediator (centre_id, member_id);

create table mediation_case (
    id                     uuid          primary key,
    number                 varchar(20)   not null unique,  -- MED-2026-000045
    work_order_id          uuid          unique references work_order (id),
    centre_id              uuid          not null references centre (id),
    status                 varchar(20)   not null,
    received_on            date          not null,         -- the day the centre received the application
    last_day               date          not null,         -- the 15-day clock's last day (docs/mediation.md)
    worker_member_id       varchar(64),
    worker_name            text          not null,         -- encrypted
    worker_phone           text,                           -- encrypted
    employer_name          varchar(200)  not null,
    employer_credit_code   varchar(18)   not null,
    mediator_id            varchar(64)   references mediator (member_id),
    opened_at              timestamptz   not null,
    opened_by              varchar(64)   not null,
    agreement_terms        text,                           -- encrypted
    perform_by             date,
    worker_signed_at       timestamptz,
    employer_signed_at     timestamptz,
    mediator_signed_at     timestamptz,
    concluded_at           timestamptz,                    -- agreed, no agreement, or lapsed
    outcome_note           text,                           -- encrypted: why no agreement, how it was (not) performed
    performance_recorded_at timestamptz,
    version                integer       not null default 0
);
create index mediation_case_by_status on mediation_case (status, received_on);
create index mediation_case_by_centre on mediation_case (centre_id, received_on);
create index mediation_case_open_by_last_day on mediation_case (last_day) where status = 'OPEN';
create index mediation_case_by_employer on mediation_case (employer_credit_code);

create table case_claim (
    case_id  uuid           not null references mediation_case (id),
    position integer        not null,
    kind     varchar(30)    not null,
    amount   numeric(12, 2) check (amount > 0),
    detail   text,                                     -- encrypted
    primary key (case_id, position)
);

create table case_agent (
    case_id   uuid        not null references mediation_case (id),
    position  integer     not null,
    for_party varchar(10) not null,
    kind      varchar(20) not null,
    name      text        not null,                    -- encrypted
    phone     text,                                    -- encrypted
    member_id varchar(64),                             -- when the agent is a member (a union legal-aid lawyer)
    primary key (case_id, position)
);

create table agreement_item (
    case_id  uuid           not null references mediation_case (id),
    position integer        not null,
    kind     varchar(30)    not null,
    amount   numeric(12, 2) not null check (amount > 0),
    primary key (case_id, position)
);

create table case_session (
    id          uuid        primary key,
    case_id     uuid        not null references mediation_case (id),
    number      integer     not null,
    held_at     timestamptz not null,
    recorded_by varchar(64) not null,
    minutes     text        not null,                  -- encrypted
    unique (case_id, number)
);

-- A mediator's declaration for one case: none, or the conflict that keeps them from it (回避). A declared conflict
-- is never withdrawn.
create table conflict_declaration (
    case_id     uuid        not null references mediation_case (id),
    mediator_id varchar(64) not null references mediator (member_id),
    conflict    varchar(20) not null,
    detail      text,                                  -- encrypted
    declared_at timestamptz not null,
    primary key (case_id, mediator_id)
);
