-- Row-level security for the tables of V2 (see V1_1 for the principle).
alter table event enable row level security;
alter table event force row level security;
create policy event_tenant on event
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table tariff enable row level security;
alter table tariff force row level security;
create policy tariff_tenant on tariff
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table counterparty enable row level security;
alter table counterparty force row level security;
create policy counterparty_tenant on counterparty
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table registration_request enable row level security;
alter table registration_request force row level security;
create policy registration_request_tenant on registration_request
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table participant enable row level security;
alter table participant force row level security;
create policy participant_tenant on participant
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table request_history enable row level security;
alter table request_history force row level security;
create policy request_history_tenant on request_history
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert, update, delete on event, tariff, counterparty, registration_request, participant to "${appRole}";
-- History is append-only.
grant select, insert on request_history to "${appRole}";
