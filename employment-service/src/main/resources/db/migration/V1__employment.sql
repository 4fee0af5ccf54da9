-- employment-service: trades, job seekers, employers, postings and their change feed, applications, recruitment
-- campaigns, order-based training, rights reports.

create table trade (
    code     varchar(20)  primary key,   -- national occupational classification code, e.g. 6-29-01-01
    name_zh  varchar(100) not null,
    name_en  varchar(200) not null,
    category varchar(30)  not null
);

create table seeker (
    id            uuid         primary key,
    member_id     varchar(64)  unique,          -- the sub of the worker's token; none for a surveyed villager
    name          text         not null,        -- AES-GCM encrypted (personal data)
    phone         text         not null,        -- AES-GCM encrypted
    district      varchar(100) not null,
    township      varchar(100),
    village       varchar(100),
    wanted_trades jsonb        not null,        -- trade codes
    skills        jsonb        not null,
    certificates  jsonb        not null,
    earliest_start date,
    gig_wanted    boolean      not null,
    target_groups jsonb        not null,
    registered_by varchar(20)  not null,
    registered_at timestamptz  not null,
    version       integer      not null default 0
);
create index seeker_by_district on seeker (district);
create index seeker_by_wanted_trades on seeker using gin (wanted_trades jsonb_path_ops);
create index seeker_by_target_groups on seeker using gin (target_groups jsonb_path_ops);

create table employer (
    id                  uuid         primary key,
    credit_code         varchar(18)  not null unique,  -- unified social credit code, check digit validated
    name                varchar(200) not null,
    district            varchar(100) not null,
    contact_name        text         not null,  -- encrypted
    contact_phone       text         not null,  -- encrypted
    account_member_id   varchar(64)  unique,    -- the employer account's token subject, when it has one
    status              varchar(20)  not null,
    verified_at         timestamptz,
    verified_by         varchar(64),
    registered_at       timestamptz  not null,
    version             integer      not null default 0
);
create index employer_by_status on employer (status, registered_at);

create table posting (
    id              uuid          primary key,
    employer_id     uuid          not null references employer (id),
    title           varchar(200)  not null,
    trade_code      varchar(20)   not null references trade (code),
    description     varchar(4000) not null,
    district        varchar(100)  not null,
    wage_min        numeric(10, 2) not null check (wage_min >= 0),
    wage_max        numeric(10, 2) not null check (wage_max >= wage_min),
    wage_unit       varchar(10)   not null,
    employment_type varchar(20)   not null,
    openings        integer       not null check (openings > 0),
    hired           integer       not null default 0 check (hired between 0 and openings),
    skills          jsonb         not null,
    certificates    jsonb         not null,
    starts_on       date,
    valid_through   date          not null,
    status          varchar(20)   not null,
    -- true once the employer is verified: only then is the posting on the board
    listed          boolean       not null,
    date_posted     timestamptz   not null,
    updated_at      timestamptz   not null,
    -- title, trade and description cut into words and Chinese bigrams (see PostingSearchText)
    search_tokens   text          not null,
    search_doc      tsvector      generated always as (to_tsvector('simple', search_tokens)) stored,
    version         integer       not null default 0
);
create index posting_search on posting using gin (search_doc);
create index posting_on_board on posting (date_posted desc, id) where status = 'OPEN' and listed;
create index posting_by_trade on posting (trade_code) where status = 'OPEN' and listed;
create index posting_by_employer on posting (employer_id);
create index posting_by_valid_through on posting (valid_through) where status = 'OPEN';

-- Every change of a posting, for the board's change feed. tx is the writing transaction's id: a reader returns only
-- changes of transactions older than every transaction still running, in (tx, seq) order, so a change committed
-- later can never sort before a cursor already handed out (see PostingFeed).
create table posting_change (
    seq        bigint      generated always as identity primary key,
    posting_id uuid        not null references posting (id),
    kind       varchar(10) not null,
    changed_at timestamptz not null default now(),
    tx         xid8        not null default pg_current_xact_id()
);
create index posting_change_order on posting_change (tx, seq);

create function record_posting_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into posting_change (posting_id, kind) values (new.id, 'CREATED');
    elsif old.status = 'OPEN' and new.status <> 'OPEN' then
        insert into posting_change (posting_id, kind) values (new.id, 'CLOSED');
    else
        insert into posting_change (posting_id, kind) values (new.id, 'CHANGED');
    end if;
    return null;
end $$;
create trigger posting_changes after insert or update on posting
    for each row execute function record_posting_change();

create table campaign (
    id            uuid         primary key,
    name          varchar(200) not null,
    type          varchar(30)  not null,
    starts_on     date         not null,
    ends_on       date         not null check (ends_on >= starts_on),
    venue         varchar(200),
    stream_url    varchar(500),
    target_groups jsonb        not null,
    status        varchar(10)  not null,
    opened_at     timestamptz  not null,
    closed_at     timestamptz,
    version       integer      not null default 0
);
create index campaign_by_start on campaign (starts_on desc);

create table campaign_employer (
    campaign_id uuid        not null references campaign (id),
    employer_id uuid        not null references employer (id),
    joined_at   timestamptz not null,
    primary key (campaign_id, employer_id)
);

create table campaign_posting (
    campaign_id uuid not null references campaign (id),
    posting_id  uuid not null references posting (id),
    primary key (campaign_id, posting_id)
);
create index campaign_posting_by_posting on campaign_posting (posting_id);

create table campaign_visitors (
    id          uuid        primary key,
    campaign_id uuid        not null references campaign (id),
    counted_on  date        not null,
    visitors    integer     not null check (visitors > 0),
    recorded_at timestamptz not null
);
create index campaign_visitors_by_campaign on campaign_visitors (campaign_id);

create table application (
    id           uuid        primary key,
    posting_id   uuid        not null references posting (id),
    seeker_id    uuid        not null references seeker (id),
    status       varchar(20) not null,
    source       varchar(20) not null,
    campaign_id  uuid        references campaign (id),
    submitted_at timestamptz not null,
    updated_at   timestamptz not null,
    version      integer     not null default 0
);
-- one live application per seeker and posting (a rejected or withdrawn one does not count)
create unique index application_once_per_posting on application (posting_id, seeker_id)
    where status not in ('REJECTED', 'WITHDRAWN');
create index application_by_seeker on application (seeker_id);
create index application_by_campaign on application (campaign_id, status) where campaign_id is not null;

create table training_order (
    id                uuid        primary key,
    employer_id       uuid        not null references employer (id),
    posting_id        uuid        not null references posting (id),
    trade_code        varchar(20) not null references trade (code),
    headcount         integer     not null check (headcount > 0),
    skills            jsonb       not null,
    deadline          date        not null,
    training_track_id uuid,       -- training-service's track whose completion graduates a trainee, if any
    created_at        timestamptz not null,
    version           integer     not null default 0
);

create table trainee (
    id                uuid         primary key,
    order_id          uuid         not null references training_order (id),
    seeker_id         uuid         not null references seeker (id),
    training_cadre_id uuid,        -- the trainee's id in training-service, when trained there
    status            varchar(20)  not null,
    assigned_at       timestamptz  not null,
    graduated_at      timestamptz,
    course            varchar(200),
    application_id    uuid         references application (id),
    version           integer      not null default 0,
    unique (order_id, seeker_id)
);
create index trainee_by_training_cadre on trainee (training_cadre_id) where status = 'ASSIGNED';

create table rights_report (
    id               uuid          primary key,
    employer_id      uuid          not null references employer (id),
    category         varchar(30)   not null,
    affected_workers integer       not null check (affected_workers > 0),
    amount_owed      numeric(12, 2) check (amount_owed >= 0),
    account          text          not null,  -- encrypted: what happened, in the reporter's words
    reported_by      varchar(64)   not null,
    reported_at      timestamptz   not null
);
create index rights_report_by_employer on rights_report (employer_id);
