-- Documents: seller bank details and signatories, the tenant's numbering and rounding standard, template packs
-- uploaded by tenants and the active pack per document kind, gapless sequences, issued documents and their content.
-- Runs on H2 and PostgreSQL (bytea is a binary type on both).

alter table legal_entity add column postal_address varchar(500);
alter table legal_entity add column bank_name varchar(300);
alter table legal_entity add column bik varchar(9);
alter table legal_entity add column correspondent_account varchar(20);
alter table legal_entity add column settlement_account varchar(20);
alter table legal_entity add column director_position varchar(200);
alter table legal_entity add column director_name varchar(200);
alter table legal_entity add column chief_accountant_name varchar(200);
alter table legal_entity add column email varchar(254);
alter table legal_entity add column phone varchar(50);

alter table tenant_settings add column document_number_format varchar(60) default '{YYYY}-{N:4}' not null;
alter table tenant_settings add column vat_rounding varchar(20) default 'PER_LINE' not null;
alter table tenant_settings add column payment_days integer default 5 not null;

create table template_pack (
    id            uuid          not null primary key,
    tenant_id     uuid          not null references tenant (id),
    pack_id       varchar(64)   not null,
    pack_version  varchar(20)   not null,
    name          varchar(300)  not null,
    sha256        varchar(64)   not null,
    templates     varchar(2000) not null,
    content       bytea         not null,
    size_bytes    integer       not null,
    uploaded_at   timestamp with time zone not null,
    uploaded_by   varchar(200)  not null,
    constraint template_pack_uk unique (tenant_id, pack_id, pack_version)
);

create table template_choice (
    id                uuid         not null primary key,
    tenant_id         uuid         not null references tenant (id),
    kind              varchar(20)  not null,
    locale            varchar(10)  not null,
    uploaded_pack_id  uuid         references template_pack (id),
    pack_id           varchar(64)  not null,
    pack_version      varchar(20)  not null,
    chosen_at         timestamp with time zone not null,
    chosen_by         varchar(200) not null,
    version           bigint       not null,
    constraint template_choice_uk unique (tenant_id, kind, locale)
);

create table document_sequence (
    id               uuid         not null primary key,
    tenant_id        uuid         not null references tenant (id),
    legal_entity_id  uuid         not null references legal_entity (id),
    kind             varchar(20)  not null,
    period_year      integer      not null,
    last_number      integer      not null,
    constraint document_sequence_uk unique (tenant_id, legal_entity_id, kind, period_year)
);

create table document (
    id                  uuid          not null primary key,
    tenant_id           uuid          not null references tenant (id),
    kind                varchar(20)   not null,
    status              varchar(20)   not null,
    locale              varchar(10)   not null,
    number              varchar(60)   not null,
    period_year         integer       not null,
    sequence_no         integer       not null,
    correction_type     varchar(12),
    correction_index    integer       not null,
    corrects_id         uuid          references document (id),
    issued_on           date          not null,
    issued_at           timestamp with time zone not null,
    issued_by           varchar(200)  not null,
    legal_entity_id     uuid          not null references legal_entity (id),
    request_id          uuid          references registration_request (id),
    event_id            uuid          references event (id),
    counterparty_id     uuid          references counterparty (id),
    contract_id         uuid          references document (id),
    deal_key            varchar(80),
    buyer_name          varchar(500)  not null,
    buyer_inn           varchar(12)   not null,
    buyer_kpp           varchar(9),
    currency            varchar(3)    not null,
    amount_without_vat  numeric(15,2) not null,
    vat_amount          numeric(15,2),
    amount              numeric(15,2) not null,
    pack_id             varchar(64)   not null,
    pack_version        varchar(20)   not null,
    pack_sha256         varchar(64)   not null,
    pdf_sha256          varchar(64)   not null,
    pdf_size            integer       not null,
    pages               integer       not null,
    cancelled_at        timestamp with time zone,
    cancelled_by        varchar(200),
    cancel_reason       varchar(1000),
    version             bigint        not null,
    constraint document_number_uk unique (tenant_id, legal_entity_id, kind, period_year, sequence_no, correction_index),
    constraint document_deal_uk unique (tenant_id, deal_key)
);
create index document_list_ix on document (tenant_id, issued_at);
create index document_request_ix on document (tenant_id, request_id);
create index document_event_ix on document (tenant_id, event_id, kind);

create table document_content (
    document_id  uuid   not null primary key references document (id),
    tenant_id    uuid   not null references tenant (id),
    pdf          bytea  not null,
    data_xml     bytea  not null
);
