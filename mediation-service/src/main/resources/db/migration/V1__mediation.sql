-- mediation-service: the "union + court" mediation centres, the 12351 hotline's work orders, their numbers and their
-- append-only audit trail.

create table centre (
    id       uuid         primary key,
    code     varchar(30)  not null unique,
    name     varchar(200) not null,
    district varchar(100) not null
);

-- One counter per year: taking a number updates the year's row, so numbers are handed out one at a time and a
-- rolled-back order gives its number back (gap-free).
create table order_number_counter (
    year integer primary key,
    last bigint  not null
);

create table work_order (
    id               uuid         primary key,
    number           varchar(20)  not null unique,   -- 12351-2026-000123
    channel          varchar(20)  not null,
    category         varchar(30)  not null,
    complexity       varchar(20)  not null,
    caller_member_id varchar(64),                     -- a member's own order
    caller_phone     text,                            -- AES-GCM encrypted: an anonymous caller's number
    matter           text         not null,          -- encrypted: what the caller says
    status           varchar(20)  not null,
    centre_id        uuid         references centre (id),
    handler          varchar(64),                     -- the member id of the handler it is assigned to
    rating           integer      check (rating between 1 and 5),
    follow_up_note   text,                            -- encrypted
    source_report_id uuid         unique,             -- employment-service's rights report it came from
    received_at      timestamptz  not null,
    closed_at        timestamptz,
    version          integer      not null default 0
);
create index work_order_by_status on work_order (status, received_at);
create index work_order_by_caller on work_order (caller_member_id) where caller_member_id is not null;
create index work_order_by_centre on work_order (centre_id, status);

-- Every transition of an order: who, when, from, to, to whom, why. Append-only: the triggers below refuse any update,
-- delete or truncate, whoever asks (the service's own role included).
create table work_order_audit (
    id            uuid         primary key,
    work_order_id uuid         not null references work_order (id),
    at            timestamptz  not null,
    actor         varchar(64)  not null,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    centre_id     uuid,
    handler       varchar(64),
    reason        varchar(500)
);
create index work_order_audit_by_order on work_order_audit (work_order_id, at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the work order audit trail is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger work_order_audit_append_only before update or delete on work_order_audit
    for each row execute function refuse_audit_change();
create trigger work_order_audit_no_truncate before truncate on work_order_audit
    for each statement execute function refuse_audit_change();
