create table second_thing (id integer primary key);
