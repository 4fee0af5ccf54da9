-- The statements of a work order's intake, as the service issues them (POST /work-orders, a hotline call taken by
-- staff): the year's number from the gap-free counter, the order row (its phone and matter encrypted: the model
-- order's ciphertexts stand in), its first audit row and its outbox row (born published, so that the relay leaves
-- pgbench's rows alone), one commit. :year is the year's counter; :phone and :matter the model's ciphertexts.
BEGIN;
INSERT INTO order_number_counter (series, year, last) VALUES ('12351', :year, 0) ON CONFLICT DO NOTHING;
UPDATE order_number_counter SET last = last + 1 WHERE series = '12351' AND year = :year RETURNING last \gset
SELECT gen_random_uuid() AS id \gset
INSERT INTO work_order (id, number, channel, category, complexity, caller_member_id, caller_phone, matter, status,
  centre_id, handler, rating, follow_up_note, source_report_id, received_at, closed_at, first_response_due,
  resolution_due, first_responded_at, response_warned_at, response_breached_at, resolution_warned_at,
  resolution_breached_at, escalated_at, version)
  VALUES (':id', '12351-' || :year || '-' || lpad(':last', 6, '0'), 'PHONE_12351', 'LABOUR_DISPUTE', 'ORDINARY',
          null, ':phone', ':matter', 'RECEIVED', null, null, null, null, null, now(), null, now() + interval '1 day',
          now() + interval '7 days', null, null, null, null, null, null, 0);
INSERT INTO work_order_audit (id, work_order_id, at, actor, from_status, to_status, centre_id, handler, reason)
  VALUES (gen_random_uuid(), ':id', now(), 'staff-1', null, 'RECEIVED', null, null, 'received by PHONE_12351');
INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, created_at, published_at)
  VALUES (gen_random_uuid(), 'work-order', ':id', 'unionhub.mediation.work-order.received.v1',
          '{"channel":"PHONE_12351","category":"LABOUR_DISPUTE","complexity":"ORDINARY"}', now(), now());
END;
