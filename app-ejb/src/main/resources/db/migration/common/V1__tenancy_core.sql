-- Tenancy core. Runs on H2 (embedded default) and PostgreSQL: keep to the common SQL subset.
-- Every tenant-owned table: tenant_id uuid not null references tenant(id), first in its indexes.

create table tenant (
    id            uuid          not null primary key,
    slug          varchar(40)   not null,
    display_name  varchar(200)  not null,
    legal_name    varchar(500)  not null,
    active        boolean       not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null,
    constraint tenant_slug_uk unique (slug)
);

create table legal_entity (
    id            uuid          not null primary key,
    tenant_id     uuid          not null references tenant (id),
    short_name    varchar(200)  not null,
    full_name     varchar(500)  not null,
    inn           varchar(12)   not null,
    kpp           varchar(9),
    ogrn          varchar(15),
    legal_address varchar(500),
    active        boolean       not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null
);
create index legal_entity_tenant_ix on legal_entity (tenant_id, short_name);
create index legal_entity_inn_ix on legal_entity (tenant_id, inn);

create table audit_entry (
    id            uuid          not null primary key,
    tenant_id     uuid          not null references tenant (id),
    occurred_at   timestamp with time zone not null,
    actor         varchar(200)  not null,
    action        varchar(100)  not null,
    subject_type  varchar(100)  not null,
    subject_id    varchar(100),
    detail        varchar(2000)
);
create index audit_entry_tenant_ix on audit_entry (tenant_id, occurred_at);
