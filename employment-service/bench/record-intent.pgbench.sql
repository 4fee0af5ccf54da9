-- The statements of an on-site intent, as the service issues them (POST /campaigns/{id}/intents for a seeker on the
-- register): the campaign, the posting-joined check, the posting, the seeker, the live-application check, the
-- application row and its three outbox rows (submitted, status changed, intent reached; born published, so that
-- the relay leaves pgbench's rows alone), one commit. Each transaction takes the next prepared (posting, seeker)
-- pair of bench_pair. :campaign is the campaign's id. Removed afterwards (the benchmark drops its data).
BEGIN;
SELECT nextval('bench_pair_seq') AS n \gset
SELECT posting_id, seeker_id FROM bench_pair WHERE n = :n \gset
SELECT * FROM campaign WHERE id = ':campaign';
SELECT count(*) FROM campaign_posting WHERE campaign_id = ':campaign' AND posting_id = ':posting_id';
SELECT * FROM posting WHERE id = ':posting_id';
SELECT * FROM seeker WHERE id = ':seeker_id';
SELECT count(*) FROM application WHERE posting_id = ':posting_id' AND seeker_id = ':seeker_id'
  AND status NOT IN ('REJECTED', 'WITHDRAWN');
INSERT INTO application (id, posting_id, seeker_id, status, source, campaign_id, submitted_at, updated_at, version)
  VALUES (gen_random_uuid(), ':posting_id', ':seeker_id', 'INTENT_REACHED', 'CAMPAIGN', ':campaign', now(), now(), 0);
INSERT INTO outbox (id, aggregatetype, aggregateid, type, payload, created_at, published_at)
  VALUES (gen_random_uuid(), 'application', gen_random_uuid()::text, 'unionhub.employment.application.submitted.v1',
          '{"source":"CAMPAIGN"}', now(), now()),
         (gen_random_uuid(), 'application', gen_random_uuid()::text,
          'unionhub.employment.application.status-changed.v1', '{"to":"INTENT_REACHED"}', now(), now()),
         (gen_random_uuid(), 'application', gen_random_uuid()::text,
          'unionhub.employment.application.intent-reached.v1', '{"tradeCode":"6-18-02-04"}', now(), now());
END;
