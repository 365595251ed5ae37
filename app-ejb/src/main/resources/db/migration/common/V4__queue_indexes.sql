-- The queue pages by SLA deadline (default), newest first, or company; with or without a status filter.
-- Indexes that match those orders let a page read 50 rows instead of sorting the tenant's whole queue.
create index registration_request_deadline_ix on registration_request (tenant_id, sla_deadline, received_at, id);
create index registration_request_status_deadline_ix on registration_request (tenant_id, status, sla_deadline, received_at, id);
create index registration_request_received_ix on registration_request (tenant_id, received_at, id);
