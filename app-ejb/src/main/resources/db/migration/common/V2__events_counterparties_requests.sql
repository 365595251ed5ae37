-- Events with tariffs, the counterparty directory, registration requests with participants and history.
-- Runs on H2 and PostgreSQL. Every table is tenant-owned (tenant_id first in its keys and indexes).

create table event (
    id                      uuid          not null primary key,
    tenant_id               uuid          not null references tenant (id),
    name                    varchar(300)  not null,
    starts_on               date          not null,
    ends_on                 date          not null,
    venue                   varchar(500),
    time_zone               varchar(60)   not null,
    registration_opens_at   timestamp with time zone not null,
    registration_closes_at  timestamp with time zone not null,
    capacity                integer,
    seller_id               uuid          not null references legal_entity (id),
    created_at              timestamp with time zone not null,
    version                 bigint        not null
);
create index event_tenant_ix on event (tenant_id, starts_on);

create table tariff (
    id                  uuid          not null primary key,
    tenant_id           uuid          not null references tenant (id),
    event_id            uuid          not null references event (id),
    name                varchar(300)  not null,
    price               numeric(15,2) not null,
    currency            varchar(3)    not null,
    vat_mode            varchar(30)   not null,
    vat_exemption_reason varchar(500),
    active              boolean       not null,
    position            integer       not null
);
create index tariff_event_ix on tariff (tenant_id, event_id);

create table counterparty (
    id                     uuid          not null primary key,
    tenant_id              uuid          not null references tenant (id),
    entity_type            varchar(20)   not null,
    full_name              varchar(500)  not null,
    short_name             varchar(200),
    inn                    varchar(12)   not null,
    kpp                    varchar(9),
    kpp_key                varchar(9)    not null,
    ogrn                   varchar(15),
    legal_address          varchar(500),
    postal_address         varchar(500),
    bank_name              varchar(300),
    bik                    varchar(9),
    correspondent_account  varchar(20),
    settlement_account     varchar(20),
    signatory_name         varchar(200),
    signatory_position     varchar(200),
    signatory_basis        varchar(30),
    power_of_attorney_number varchar(100),
    power_of_attorney_date date,
    email                  varchar(254),
    phone                  varchar(50),
    created_at             timestamp with time zone not null,
    version                bigint        not null,
    constraint counterparty_inn_kpp_uk unique (tenant_id, inn, kpp_key)
);

create table registration_request (
    id                     uuid          not null primary key,
    tenant_id              uuid          not null references tenant (id),
    event_id               uuid          not null references event (id),
    tariff_id              uuid          not null references tariff (id),
    participants_count     integer       not null,
    source                 varchar(20)   not null,
    status                 varchar(30)   not null,
    received_at            timestamp with time zone not null,
    sla_deadline           timestamp with time zone,
    idempotency_key        varchar(200),
    request_hash           varchar(64),
    entity_type            varchar(20)   not null,
    full_name              varchar(500)  not null,
    short_name             varchar(200),
    inn                    varchar(12)   not null,
    kpp                    varchar(9),
    ogrn                   varchar(15),
    legal_address          varchar(500),
    postal_address         varchar(500),
    bank_name              varchar(300),
    bik                    varchar(9),
    correspondent_account  varchar(20),
    settlement_account     varchar(20),
    signatory_name         varchar(200),
    signatory_position     varchar(200),
    signatory_basis        varchar(30),
    power_of_attorney_number varchar(100),
    power_of_attorney_date date,
    email                  varchar(254),
    phone                  varchar(50),
    contact_name           varchar(200)  not null,
    contact_email          varchar(254)  not null,
    contact_phone          varchar(50),
    counterparty_id        uuid          references counterparty (id),
    directory_differs      boolean       not null,
    late_exception         boolean       not null,
    late_reason            varchar(1000),
    assignee               varchar(200),
    version                bigint        not null,
    constraint registration_request_idem_uk unique (tenant_id, idempotency_key)
);
create index registration_request_queue_ix on registration_request (tenant_id, status, received_at);
create index registration_request_event_ix on registration_request (tenant_id, event_id);

create table participant (
    id            uuid          not null primary key,
    tenant_id     uuid          not null references tenant (id),
    request_id    uuid          not null references registration_request (id),
    position_no   integer       not null,
    full_name     varchar(300)  not null,
    email         varchar(254),
    job_title     varchar(200)
);
create index participant_request_ix on participant (tenant_id, request_id);

create table request_history (
    id            uuid          not null primary key,
    tenant_id     uuid          not null references tenant (id),
    request_id    uuid          not null references registration_request (id),
    occurred_at   timestamp with time zone not null,
    actor         varchar(200)  not null,
    kind          varchar(30)   not null,
    from_status   varchar(30),
    to_status     varchar(30),
    comment       varchar(2000)
);
create index request_history_request_ix on request_history (tenant_id, request_id, occurred_at);
