-- The language of a request's contract and invoice: ru (default) or en for foreign clients. The act and the УПД are
-- Russian accounting documents and stay in Russian.
alter table registration_request add column document_locale varchar(10) default 'ru' not null;

-- Issued PDFs as PDF/A-1b (archival: fonts embedded, colour profile, XMP metadata) where the tenant asks for it.
alter table tenant_settings add column document_pdfa boolean default false not null;

-- Whether a seller legal entity pays VAT: one that does not (УСН, ст. 145 НК) issues its УПД and УКД with status 2
-- (a primary document only, not a счёт-фактура).
alter table legal_entity add column vat_payer boolean default true not null;
