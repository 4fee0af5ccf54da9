-- a kit migration released after the service's V2
create table kit_later_thing (id integer primary key);
