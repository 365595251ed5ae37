-- A tenant's service level: contract and invoice within N working minutes, in its working time.
create table tenant_settings (
    id                   uuid         not null primary key,
    tenant_id            uuid         not null references tenant (id),
    sla_working_minutes  integer      not null,
    time_zone            varchar(60)  not null,
    day_start            time         not null,
    day_end              time         not null,
    working_days         varchar(20)  not null,
    version              bigint       not null,
    constraint tenant_settings_tenant_uk unique (tenant_id)
);
