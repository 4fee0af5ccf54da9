-- When a work order's centre was last set: an assignment replayed after a later transfer must not win.
alter table work_order add column routed_at timestamptz;
