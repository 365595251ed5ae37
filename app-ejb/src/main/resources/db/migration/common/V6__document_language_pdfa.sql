-- The language of a request's contract and invoice: ru (default) or en for foreign clients. The act and the УПД are
-- Russian accounting documents and stay in Russian.
alter table registration_request add column document_locale varchar(10) default 'ru' not null;

-- Issued PDFs as PDF/A-1b (archival: fonts embedded, colour profile, XMP metadata) where the tenant asks for it.
alter table tenant_settings add column document_pdfa boolean default false not null;
