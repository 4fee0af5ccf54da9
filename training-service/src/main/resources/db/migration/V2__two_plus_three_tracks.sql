-- The "2+3" model as data (union-staff may edit it): a 2-day course for every full- and part-time cadre, newly
-- appointed ones first; a 3-day course for grassroots union chairs and vice-chairs.
insert into track (id, code, name, days, eligible_roles, required_for_roles, core_modules) values
('2f0c6a4e-1d2b-4c3a-9e1f-000000000002', 'two-day', '2-day course for union cadres', 2,
 '["FULL_TIME","PART_TIME","CHAIR","VICE_CHAIR"]', '["FULL_TIME","PART_TIME"]',
 '["Basic union theory","Union business essentials","Serving members in the new era"]'),
('2f0c6a4e-1d2b-4c3a-9e1f-000000000003', 'three-day', '3-day course for grassroots chairs and vice-chairs', 3,
 '["CHAIR","VICE_CHAIR"]', '["CHAIR","VICE_CHAIR"]',
 '["Ideological-work responsibility","The union''s safety-production duties","Leading a grassroots union"]');

-- starting dictionary for uncategorised needs-survey requests
insert into topic_keyword (id, keyword, category) values
(gen_random_uuid(), '数字化', 'Digital transformation of unions'),
(gen_random_uuid(), 'digital', 'Digital transformation of unions'),
(gen_random_uuid(), '智慧工会', 'Digital transformation of unions'),
(gen_random_uuid(), '产业工人', 'Industrial-worker reform'),
(gen_random_uuid(), 'industrial worker', 'Industrial-worker reform'),
(gen_random_uuid(), '安全', 'Safety team building'),
(gen_random_uuid(), 'safety', 'Safety team building'),
(gen_random_uuid(), '维权', 'Rights protection'),
(gen_random_uuid(), 'rights', 'Rights protection'),
(gen_random_uuid(), '劳动争议', 'Labour-dispute mediation'),
(gen_random_uuid(), 'dispute', 'Labour-dispute mediation');
