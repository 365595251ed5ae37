package dev.backoffice.plugin.api.document;

/** The kinds of document a template pack can provide. The XML names are the enum names. */
public enum DocumentKind {
  /** Договор оказания услуг (participation contract). */
  CONTRACT,
  /** Договор-счёт (счёт-оферта): an invoice whose payment accepts the contract terms printed on it. */
  OFFER_INVOICE,
  /** Счёт на оплату (invoice for payment). */
  INVOICE,
  /** Акт оказанных услуг (act of services rendered). */
  ACT,
  /** УПД со статусом 1: счёт-фактура and primary document in one. */
  UPD,
  /**
   * УКД со статусом 1: корректировочный счёт-фактура and primary document in one, for a change of price or quantity
   * after the УПД (contract 1.1). It has its own number; its {@code correction} says what changed.
   */
  UKD
}
