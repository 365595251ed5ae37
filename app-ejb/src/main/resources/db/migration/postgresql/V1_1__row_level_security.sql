-- PostgreSQL only: row-level security is the second wall of tenancy, below Hibernate's @TenantId filter.
-- The application sets app.tenant_id per transaction (set_config(..., true)); no setting means no rows.
-- FORCE makes the policies apply to the table owner too. The application role (${appRole}) is neither the
-- owner nor BYPASSRLS (checked at start-up).

alter table legal_entity enable row level security;
alter table legal_entity force row level security;
create policy legal_entity_tenant on legal_entity
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_tenant on audit_entry
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- The application role reads and writes rows, never changes the schema. Audit entries are append-only.
grant usage on schema public to "${appRole}";
grant select, insert, update on tenant to "${appRole}";
grant select, insert, update, delete on legal_entity to "${appRole}";
grant select, insert on audit_entry to "${appRole}";
