alter table tenant_settings enable row level security;
alter table tenant_settings force row level security;
create policy tenant_settings_tenant on tenant_settings
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update on tenant_settings to "${appRole}";
