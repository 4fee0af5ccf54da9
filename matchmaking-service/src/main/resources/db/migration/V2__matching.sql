-- Recommendations, likes and passes, matches, blocks and reports.

-- the profiles a recommendation may show: verified, consenting to matching and to being shown
create index profile_recommendable on profile (gender, birth_year)
    where verification = 'VERIFIED' and matching_consent and showing_consent;

-- on how many days a profile was shown to a viewer (one shown too often is not shown again)
create table recommendation_shown (
    viewer_id     uuid    not null references profile (id),
    shown_id      uuid    not null references profile (id),
    times         integer not null,
    last_shown_on date    not null,
    primary key (viewer_id, shown_id)
);

-- a like or a pass, one per pair and direction
create table interest (
    from_id    uuid        not null references profile (id),
    to_id      uuid        not null references profile (id),
    decision   varchar(10) not null,
    decided_at timestamptz not null,
    primary key (from_id, to_id)
);
create index interest_to on interest (to_id, from_id);

-- a mutual like; first_id < second_id, so a pair has one row
create table match_pair (
    id        uuid        primary key,
    first_id  uuid        not null references profile (id),
    second_id uuid        not null references profile (id),
    formed_at timestamptz not null,
    ended_at  timestamptz,
    unique (first_id, second_id),
    check (first_id < second_id)
);

create table block (
    blocker_id uuid        not null references profile (id),
    blocked_id uuid        not null references profile (id),
    blocked_at timestamptz not null,
    primary key (blocker_id, blocked_id)
);
create index block_blocked on block (blocked_id, blocker_id);

create table report (
    id          uuid        primary key,
    reporter_id uuid        not null references profile (id),
    reported_id uuid        not null references profile (id),
    reason      text        not null,          -- encrypted
    reported_at timestamptz not null
);
