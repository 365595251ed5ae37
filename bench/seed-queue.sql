-- Benchmark data for the queue query: 50 extra tenants (bench-01 .. bench-50), each with one seller legal entity,
-- one event with registration open now, one tariff and 2,000 NEW registration requests (one participant and a
-- RECEIVED history entry each), plus 2,000 more requests for the demo tenant "alpha" on its first event, so that
-- the registration_request table holds ~102,000 requests across 52 tenants and the measured user's own queue
-- (oleg, operator of alpha) is large.
--
-- Run as the database OWNER role, after the server has started once on this database (Flyway has migrated it and
-- the demo data has created alpha):
--   PGUSER=backoffice_bench_owner psql -h 127.0.0.1 -v ON_ERROR_STOP=1 -d backoffice_bench -f bench/seed-queue.sql
--
-- Every tenant-owned table has row-level security ENABLED and FORCED (V1_1, V2_1), which binds the owner too: the
-- block sets app.tenant_id per tenant with set_config(..., true) before that tenant's inserts. The setting is
-- transaction-local and the whole DO block is one transaction, so each set_config simply replaces the previous one.
--
-- Company details of the requests cycle through four real, published sets of requisites (ПАО Сбербанк with its
-- bank details, ПАО «Газпром», ООО «Яндекс», ПАО «Ростелеком»), so a search for "сбер" matches a quarter of the
-- seeded requests. The bench tenants' own seller entities are synthetic, with checksum-valid ИНН/ОГРН.
-- Running it twice does nothing the second time (it stops if bench-01 exists).

-- Inserts how_many NEW requests for one tenant (app.tenant_id must be set to it), each with one participant and a
-- RECEIVED history entry, received over the last 8 hours. A temporary function: gone when the session ends.
create function pg_temp.bench_seed_requests(t uuid, ev uuid, tr uuid, how_many int) returns void
language plpgsql as $fn$
begin
  with company (k, full_name, short_name, inn, kpp, ogrn, legal_address, bank_name, bik, correspondent_account,
                settlement_account, signatory_name, signatory_position, signatory_basis) as (
    values
      (0, 'Публичное акционерное общество «Сбербанк России»', 'ПАО Сбербанк', '7707083893', '773601001',
          '1027700132195', '117312, г. Москва, ул. Вавилова, д. 19', 'ПАО Сбербанк', '044525225',
          '30101810400000000225', '40702810238000139300', 'Греф Герман Оскарович',
          'Президент, Председатель Правления', 'CHARTER'),
      (1, 'Публичное акционерное общество «Газпром»', 'ПАО «Газпром»', '7736050003', '997250001', '1027700070518',
          '197229, г. Санкт-Петербург, Лахтинский пр-кт, д. 2, к. 3, стр. 1', null, null, null, null,
          'Миллер Алексей Борисович', 'Председатель Правления', 'CHARTER'),
      (2, 'Общество с ограниченной ответственностью «Яндекс»', 'ООО «Яндекс»', '7736207543', '770401001',
          '1027700229193', '119021, г. Москва, ул. Льва Толстого, д. 16', null, null, null, null, null, null, null),
      (3, 'Публичное акционерное общество междугородной и международной электрической связи «Ростелеком»',
          'ПАО «Ростелеком»', '7707049388', '784001001', '1027700198767',
          '191167, г. Санкт-Петербург, Синопская наб., д. 14, литера А', null, null, null, null,
          'Осеевский Михаил Эдуардович', 'Президент', 'CHARTER')
  ),
  src as (
    select gen_random_uuid() as id, g,
           now() - interval '8 hours' * (g::float8 / how_many) - interval '1 millisecond' * (g % 997) as received_at
      from generate_series(1, how_many) as g
  ),
  req as (
    insert into registration_request (
        id, tenant_id, event_id, tariff_id, participants_count, source, status, received_at, sla_deadline,
        idempotency_key, request_hash, entity_type, full_name, short_name, inn, kpp, ogrn, legal_address,
        postal_address, bank_name, bik, correspondent_account, settlement_account, signatory_name,
        signatory_position, signatory_basis, power_of_attorney_number, power_of_attorney_date, email, phone,
        contact_name, contact_email, contact_phone, counterparty_id, directory_differs, late_exception, late_reason,
        assignee, version)
    select s.id, t, ev, tr, 1, 'API', 'NEW', s.received_at, s.received_at + interval '2 hours',
           'seed-' || s.g, null, 'ORGANISATION', c.full_name, c.short_name, c.inn, c.kpp, c.ogrn, c.legal_address,
           null, c.bank_name, c.bik, c.correspondent_account, c.settlement_account, c.signatory_name,
           c.signatory_position, c.signatory_basis, null, null, null, null,
           'Петрова Анна', 'petrova@example.ru', null, null, false, false, null,
           null, 0
      from src s join company c on c.k = s.g % 4
    returning id, received_at
  ),
  part as (
    insert into participant (id, tenant_id, request_id, position_no, full_name, email, job_title)
    select gen_random_uuid(), t, r.id, 0,
           (array['Иванов Иван Иванович', 'Смирнова Ольга Петровна', 'Кузнецов Алексей Сергеевич',
                  'Попова Мария Андреевна', 'Соколов Дмитрий Николаевич'])[1 + (row_number() over () % 5)::int],
           'participant' || row_number() over () || '@example.ru', 'Финансовый директор'
      from req r
  )
  insert into request_history (id, tenant_id, request_id, occurred_at, actor, kind, from_status, to_status, comment)
  select gen_random_uuid(), t, r.id, r.received_at, 'seed', 'RECEIVED', null, 'NEW', 'API'
    from req r;
end;
$fn$;

do $$
declare
  per_tenant constant int := 2000;
  t_id uuid;
  le_id uuid;
  ev_id uuid;
  tr_id uuid;
  n int;
  inn9 text;
  inn text;
  ogrn12 text;
begin
  if exists (select 1 from tenant where slug = 'bench-01') then
    raise notice 'seed-queue: bench tenants exist already, nothing to do';
    return;
  end if;
  if not exists (select 1 from tenant where slug = 'alpha') then
    raise exception 'seed-queue: demo tenant alpha not found; start the server once on this database first';
  end if;

  for n in 1..50 loop
    t_id := gen_random_uuid();
    insert into tenant (id, slug, display_name, legal_name, active, created_at, version)
    values (t_id, 'bench-' || lpad(n::text, 2, '0'), 'Бенчмарк ' || lpad(n::text, 2, '0'),
            'Общество с ограниченной ответственностью «Бенчмарк ' || lpad(n::text, 2, '0') || '»', true, now(), 0);

    perform set_config('app.tenant_id', t_id::text, true);

    -- Synthetic but checksum-valid ИНН (10 digits) and ОГРН (13 digits) for the seller.
    inn9 := '77990' || lpad(n::text, 4, '0');
    inn := inn9 || ((
      substr(inn9, 1, 1)::int * 2 + substr(inn9, 2, 1)::int * 4 + substr(inn9, 3, 1)::int * 10
      + substr(inn9, 4, 1)::int * 3 + substr(inn9, 5, 1)::int * 5 + substr(inn9, 6, 1)::int * 9
      + substr(inn9, 7, 1)::int * 4 + substr(inn9, 8, 1)::int * 6 + substr(inn9, 9, 1)::int * 8) % 11 % 10)::text;
    ogrn12 := '1257700' || lpad(n::text, 5, '0');
    le_id := gen_random_uuid();
    insert into legal_entity (id, tenant_id, short_name, full_name, inn, kpp, ogrn, legal_address, active, created_at, version)
    values (le_id, t_id, 'ООО «Бенчмарк ' || lpad(n::text, 2, '0') || '»',
            'Общество с ограниченной ответственностью «Бенчмарк ' || lpad(n::text, 2, '0') || '»',
            inn, '779901001', ogrn12 || ((ogrn12::numeric % 11) % 10)::text,
            '101000, г. Москва, ул. Мясницкая, д. ' || n, true, now(), 0);

    ev_id := gen_random_uuid();
    insert into event (id, tenant_id, name, starts_on, ends_on, venue, time_zone, registration_opens_at,
                       registration_closes_at, capacity, seller_id, created_at, version)
    values (ev_id, t_id, 'Бенчмарк-конференция ' || lpad(n::text, 2, '0'), current_date + 45, current_date + 46,
            'Москва, Экспоцентр', 'Europe/Moscow', now() - interval '7 days', now() + interval '40 days', 5000, le_id,
            now(), 0);

    tr_id := gen_random_uuid();
    insert into tariff (id, tenant_id, event_id, name, price, currency, vat_mode, vat_exemption_reason, active, position)
    values (tr_id, t_id, ev_id, 'Участие (1 человек)', 61000.00, 'RUB', 'VAT_22_INCLUDED', null, true, 0);

    perform pg_temp.bench_seed_requests(t_id, ev_id, tr_id, per_tenant);
  end loop;

  -- The demo tenant alpha: its first event as the API lists it (starts_on desc, name), its first tariff.
  select id into t_id from tenant where slug = 'alpha';
  perform set_config('app.tenant_id', t_id::text, true);
  select id into ev_id from event order by starts_on desc, name limit 1;
  if ev_id is null then
    raise exception 'seed-queue: tenant alpha has no event; start the server once with demo data first';
  end if;
  select id into tr_id from tariff where event_id = ev_id and active order by position limit 1;
  perform pg_temp.bench_seed_requests(t_id, ev_id, tr_id, per_tenant);

  perform set_config('app.tenant_id', '', true);
end;
$$;

-- Only the tables written here (a bare ANALYZE would warn about shared catalogs the owner may not analyze).
analyze tenant, legal_entity, event, tariff, registration_request, participant, request_history;

-- What is there now (row-level security hides every tenant's rows from the owner without a tenant set, so count
-- per tenant).
do $$
declare
  t record;
  tenants int := 0;
  reqs bigint := 0;
  parts bigint := 0;
  hist bigint := 0;
  c bigint;
begin
  for t in select id, slug from tenant order by slug loop
    perform set_config('app.tenant_id', t.id::text, true);
    select count(*) into c from registration_request;
    reqs := reqs + c;
    if t.slug = 'alpha' then
      raise notice 'seed-queue: tenant alpha holds % registration requests', c;
    end if;
    select count(*) into c from participant;
    parts := parts + c;
    select count(*) into c from request_history;
    hist := hist + c;
    tenants := tenants + 1;
  end loop;
  perform set_config('app.tenant_id', '', true);
  raise notice 'seed-queue: % tenants, % registration requests, % participants, % history entries',
    tenants, reqs, parts, hist;
end;
$$;
