-- A training-service cadre is linked to at most one trainee still in training: two orders assigning the same cadre at
-- once would otherwise both pass the service's check, and one completion would graduate the seeker twice.
drop index trainee_by_training_cadre;
create unique index trainee_one_link_per_cadre on trainee (training_cadre_id) where status = 'ASSIGNED';
