alter table template_pack enable row level security;
alter table template_pack force row level security;
create policy template_pack_tenant on template_pack
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, delete on template_pack to "${appRole}";

alter table template_choice enable row level security;
alter table template_choice force row level security;
create policy template_choice_tenant on template_choice
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on template_choice to "${appRole}";

alter table document_sequence enable row level security;
alter table document_sequence force row level security;
create policy document_sequence_tenant on document_sequence
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update on document_sequence to "${appRole}";

-- Issued documents are immutable: the app may insert them and change only their status (cancellation).
alter table document enable row level security;
alter table document force row level security;
create policy document_tenant on document
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert on document to "${appRole}";
grant update (status, cancelled_at, cancelled_by, cancel_reason, version) on document to "${appRole}";

alter table document_content enable row level security;
alter table document_content force row level security;
create policy document_content_tenant on document_content
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert on document_content to "${appRole}";
