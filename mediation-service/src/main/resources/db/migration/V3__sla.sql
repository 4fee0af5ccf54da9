-- SLA timers: the first-response and resolution deadlines of each order, and the facts the scheduled check records
-- once each (warned before, breached after, escalated to the supervisors' queue).
alter table work_order
    add column first_response_due  timestamptz,
    add column resolution_due      timestamptz,
    add column first_responded_at  timestamptz,
    add column response_warned_at  timestamptz,
    add column response_breached_at timestamptz,
    add column resolution_warned_at timestamptz,
    add column resolution_breached_at timestamptz,
    add column escalated_at        timestamptz;
update work_order set first_response_due = received_at + interval '1 day', resolution_due = received_at + interval '7 days'
    where first_response_due is null;
alter table work_order alter column first_response_due set not null, alter column resolution_due set not null;
create index work_order_open_by_resolution_due on work_order (resolution_due) where status <> 'CLOSED';
create index work_order_open_by_response_due on work_order (first_response_due)
    where first_responded_at is null and status <> 'CLOSED';
