package dev.backoffice.application;

/** The tenant's settings. Everyone in the tenant reads them; the tenant admin changes them. */
public interface TenantSettingsService {

  ServiceLevel currentServiceLevel();

  ServiceLevel changeServiceLevel(ServiceLevel level);

  DocumentStandard currentDocumentStandard();

  /** Changes the number format, VAT rounding and payment days; documents already issued keep theirs. */
  DocumentStandard changeDocumentStandard(DocumentStandard standard);
}
