package dev.backoffice.application;

import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.domain.requisites.RequisitesVerdict;

/** Checks company and bank requisites without storing anything; open to anyone (the public form, client systems). */
public interface RequisitesValidationService {

  RequisitesVerdict validate(RequisitesInput input);
}
