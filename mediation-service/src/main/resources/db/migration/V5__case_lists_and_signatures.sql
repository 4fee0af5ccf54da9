-- A case's list filters and order, and a binding agreement is one all three signed.
create index mediation_case_by_mediator on mediation_case (mediator_id, opened_at desc) where mediator_id is not null;
create index mediation_case_newest on mediation_case (opened_at desc, id);
alter table mediation_case add constraint binding_agreement_signed_by_all check (
    status not in ('AGREED', 'PERFORMED', 'BREACHED')
    or (worker_signed_at is not null and employer_signed_at is not null and mediator_signed_at is not null));
