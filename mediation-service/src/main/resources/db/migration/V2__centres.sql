-- The nine "union + court" multi-party mediation centres of the (made-up) prefecture: one at the intermediate court,
-- one at each district court, and the rest at the big industrial parks.
insert into centre (id, code, name, district) values
    ('6c0e8a1f-0000-4000-8000-000000000001', 'CITY-COURT', '市中级人民法院工会劳动争议诉调对接中心', '市本级'),
    ('6c0e8a1f-0000-4000-8000-000000000002', 'BINHAI', '滨海区法院工会劳动争议调解中心', '滨海区'),
    ('6c0e8a1f-0000-4000-8000-000000000003', 'HAIXI', '海西区法院工会劳动争议调解中心', '海西区'),
    ('6c0e8a1f-0000-4000-8000-000000000004', 'DONGGANG', '东港区法院工会劳动争议调解中心', '东港区'),
    ('6c0e8a1f-0000-4000-8000-000000000005', 'YANTIAN', '盐田区法院工会劳动争议调解中心', '盐田区'),
    ('6c0e8a1f-0000-4000-8000-000000000006', 'GAOXIN', '高新区法院工会劳动争议调解中心', '高新区'),
    ('6c0e8a1f-0000-4000-8000-000000000007', 'PORT-PARK', '东港保税物流园工会调解工作室', '东港区'),
    ('6c0e8a1f-0000-4000-8000-000000000008', 'AI-PARK', '高新人工智能产业园工会调解工作室', '高新区'),
    ('6c0e8a1f-0000-4000-8000-000000000009', 'SALT-PARK', '盐田盐业产业园工会调解工作室', '盐田区');
