package dev.backoffice.domain.model.counterparty;

/** On what authority the signatory signs: the company's charter (устав) or a power of attorney (доверенность). */
public enum SignatoryBasis {
  CHARTER,
  POWER_OF_ATTORNEY,
  /** An individual entrepreneur signs for themselves (ОГРНИП is printed instead). */
  ENTREPRENEUR_REGISTRATION
}
