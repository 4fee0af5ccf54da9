-- Tables every UnionHub service owns in its own database (shipped by service-kit; the service's own
-- migrations start at V1). Versions 0.x belong to the kit.

-- Transactional outbox, in Debezium's outbox shape so a move to Debezium is configuration, not a rewrite.
create table outbox (
    id            uuid         primary key,
    aggregatetype varchar(100) not null,
    aggregateid   varchar(100) not null,
    type          varchar(200) not null,
    payload       jsonb        not null,
    created_at    timestamptz  not null,
    published_at  timestamptz,
    -- commit-order position: rows of one aggregate are written under an aggregate lock, so their sequence is
    -- their commit order, and the relay publishes in sequence order
    sequence      bigint       generated always as identity unique
);
create index outbox_pending on outbox (sequence) where published_at is null;
create index outbox_published on outbox (published_at) where published_at is not null;

-- Idempotent consumers: one row per (consumer, event id) written with the side effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
create index processed_event_age on processed_event (processed_at);

-- Idempotency-Key on POST: the first answer, replayed to the same caller for the same key.
create table idempotency_key (
    caller          varchar(200)  not null,
    idempotency_key varchar(200)  not null,
    method          varchar(10)   not null,
    path            varchar(1000) not null,
    request_hash    varchar(64)   not null,
    status          integer,
    content_type    varchar(200),
    location        varchar(2000),
    body            text,
    created_at      timestamptz   not null,
    completed_at    timestamptz,
    primary key (caller, idempotency_key)
);
create index idempotency_key_age on idempotency_key (created_at);
