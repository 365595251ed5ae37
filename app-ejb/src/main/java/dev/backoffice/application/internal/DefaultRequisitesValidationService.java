package dev.backoffice.application.internal;

import dev.backoffice.application.RequisitesValidationService;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** The requisites gate as a use case: pure computation, no transaction, no tenant, changes nothing. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultRequisitesValidationService implements RequisitesValidationService {

  private final RequisitesGate gate = new RequisitesGate();

  @Override
  public RequisitesVerdict validate(RequisitesInput input) {
    return gate.check(input);
  }
}
