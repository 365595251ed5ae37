package dev.backoffice.application.internal;

import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.requisites.EntityType;
import dev.backoffice.domain.requisites.Normalizer;
import dev.backoffice.domain.requisites.RequisiteField;
import dev.backoffice.domain.requisites.RequisitesGate;
import dev.backoffice.domain.requisites.RequisitesInput;
import dev.backoffice.domain.requisites.RequisitesRejectedException;
import dev.backoffice.domain.requisites.RequisitesVerdict;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the requisites gate on a legal entity's ИНН, КПП, ОГРН/ОГРНИП and bank account (БИК, corr. and settlement
 * accounts with their control keys) before they are stored; the values stored are
 * the gate's normalised ones (spaces, NBSP and dashes removed, nothing "corrected"). A 12-digit ИНН means an
 * individual entrepreneur, anything else is checked as an organisation.
 */
@ApplicationScoped
public class LegalEntityRequisites {

  private final RequisitesGate gate = new RequisitesGate();

  public LegalEntityDetails check(LegalEntityDetails d) {
    String inn = Normalizer.normalize(d.inn());
    EntityType type = inn != null && inn.length() == 12 ? EntityType.ENTREPRENEUR : EntityType.ORGANISATION;
    RequisitesVerdict verdict =
        gate.checkComplete(
            new RequisitesInput(
                type, d.inn(), d.kpp(), d.ogrn(), d.bik(), d.correspondentAccount(), d.settlementAccount()));
    if (!verdict.isAcceptable()) {
      throw new RequisitesRejectedException(verdict);
    }
    return new LegalEntityDetails(
        d.shortName(),
        d.fullName(),
        verdict.normalised(RequisiteField.INN).orElse(null),
        verdict.normalised(RequisiteField.KPP).orElse(null),
        verdict.normalised(RequisiteField.OGRN).orElse(null),
        d.legalAddress(),
        d.postalAddress(),
        d.bankName(),
        verdict.normalised(RequisiteField.BIK).orElse(null),
        verdict.normalised(RequisiteField.CORRESPONDENT_ACCOUNT).orElse(null),
        verdict.normalised(RequisiteField.SETTLEMENT_ACCOUNT).orElse(null),
        d.directorPosition(),
        d.directorName(),
        d.chiefAccountantName(),
        d.email(),
        d.phone(),
        d.vatPayer());
  }
}
