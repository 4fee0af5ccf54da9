create table parcel (
    id      uuid         primary key,
    label   varchar(100) not null,
    weight  integer      not null,
    note    varchar(200),             -- no @Size on the request: the kit's column check guards it
    send_on date,
    kind      varchar(20),
    recipient text,                   -- AES-GCM encrypted
    version integer      not null default 0
);

-- what the consumer does with each event: one notice per event, however often Kafka delivers it
create table parcel_notice (
    event_id   varchar(100) not null,
    parcel_id  varchar(100) not null,
    event_type varchar(200) not null
);
