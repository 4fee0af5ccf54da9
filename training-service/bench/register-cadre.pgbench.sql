-- The statements of a cadre registration, as the service issues them: the member-id check, the cadre row, its outbox
-- row (born published, so that the relay leaves pgbench's rows alone), one commit. :name is a ciphertext the
-- service stored. The check looks for a random member id (absent, as for a new member); the row takes a fresh one
-- (random ids would collide over 100,000 rows). Removed afterwards by district and payload ('Pgbench').
\set n random(1, 2000000000)
BEGIN;
SELECT id FROM cadre WHERE member_id = concat('pgb-', :client_id, '-', :n) LIMIT 1;
INSERT INTO cadre (id, member_id, name, union_unit, unit_type, district, role, appointed_on, registered_at, version)
  VALUES (gen_random_uuid(), concat('pgb-', gen_random_uuid()), ':name', 'Unit 7', 'ENTERPRISE', 'Pgbench',
          'FULL_TIME', '2024-03-01', now(), 0);
INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, created_at, published_at)
  VALUES (gen_random_uuid(), 'cadre', gen_random_uuid()::text, 'unionhub.training.cadre.registered.v1',
          '{"cadreId":"00000000-0000-0000-0000-000000000000","district":"Pgbench","role":"FULL_TIME"}', now(), now());
END;
