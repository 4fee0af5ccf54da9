create table first_thing (id integer primary key);
