package dev.backoffice.domain.model.audit;

import java.util.List;

/** The current tenant's audit trail. */
public interface AuditRepository {

  void append(AuditEntry entry);

  long count();

  List<AuditEntry> latest(int max);
}
