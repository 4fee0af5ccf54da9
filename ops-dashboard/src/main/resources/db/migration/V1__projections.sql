-- The dashboard's projections: figures folded from the programs' events. Every row belongs to a generation: the live
-- one answers reads; a rebuild replays the topics into a new one, which replaces it when it has caught up.
create table generation (
    id           integer      primary key,
    state        varchar(10)  not null check (state in ('BUILDING', 'LIVE', 'RETIRED', 'FAILED')),
    started_at   timestamptz  not null,
    heartbeat_at timestamptz  not null,
    finished_at  timestamptz,
    events       bigint       not null default 0,
    failure      varchar(300)
);
create unique index generation_one_live on generation ((true)) where state = 'LIVE';
create unique index generation_one_building on generation ((true)) where state = 'BUILDING';
insert into generation (id, state, started_at, heartbeat_at, finished_at) values (1, 'LIVE', now(), now(), now());

-- Counts per figure, per dimension ('' for all, 'district:…', 'employer:…') and per day of the event (federation's
-- zone). Additions commute, so the order events arrive in does not change a total.
create table tally (
    generation integer     not null,
    figure     varchar(60) not null,
    dimension  varchar(140) not null,
    day        date        not null,
    value      bigint      not null,
    primary key (generation, figure, dimension, day)
);

-- What each program's figures reflect: its latest event time, how many events, how many skipped (a type it does not know, data it cannot read).
create table watermark (
    generation      integer     not null,
    program         varchar(20) not null,
    last_event_time timestamptz,
    events          bigint      not null,
    skipped         bigint      not null,
    primary key (generation, program)
);

-- Per cadre: where they serve and their latest completion (two-year coverage by district and unit). Registration and
-- completion are events of different aggregates, so either may come first: each fills its own columns.
create table cadre_coverage (
    generation        integer     not null,
    cadre_id          varchar(64) not null,
    district          varchar(100),
    unit_type         varchar(40),
    last_completed_on date,
    primary key (generation, cadre_id)
);

-- Per 12351 work order: when received, last closed, last reopened, first breached (closure rate, overdue list).
-- Each column keeps the latest (or first) time whatever the arrival order.
create table work_order (
    generation     integer     not null,
    work_order_id  varchar(64) not null,
    number         varchar(40),
    category       varchar(40),
    centre_id      varchar(64),
    received_at    timestamptz,
    closed_at      timestamptz,
    reopened_at    timestamptz,
    breached_at    timestamptz,
    breach_due     timestamptz,
    primary key (generation, work_order_id)
);
create index work_order_received on work_order (generation, received_at);

-- Alerts the dashboard raised from its thresholds (published as events too); one open per rule and subject.
create table alert (
    id         uuid         primary key,
    rule       varchar(40)  not null,
    subject    varchar(60)  not null,
    raised_at  timestamptz  not null,
    cleared_at timestamptz,
    value      double precision not null,
    threshold  double precision not null
);
create unique index alert_one_open on alert (rule, subject) where cleared_at is null;
