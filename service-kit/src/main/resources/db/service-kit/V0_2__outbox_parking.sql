-- A row Kafka refuses for good (too large, not serialisable, not authorised) is parked: kept with the reason, out of
-- the relay's way, so that the rows behind it go on. An operator releases it (parked_at = null) or deletes it.
alter table outbox add column parked_at timestamptz;
alter table outbox add column park_reason varchar(500);
drop index outbox_pending;
create index outbox_pending on outbox (sequence) where published_at is null and parked_at is null;
create index outbox_parked on outbox (parked_at) where parked_at is not null;
