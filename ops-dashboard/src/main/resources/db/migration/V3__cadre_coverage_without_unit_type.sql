-- Coverage is shown per district; registrations per unit type are counted in the tallies, so the column went unread.
alter table cadre_coverage drop column unit_type;
