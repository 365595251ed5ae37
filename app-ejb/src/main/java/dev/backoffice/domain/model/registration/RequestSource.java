package dev.backoffice.domain.model.registration;

/** Where a registration request came from. */
public enum RequestSource {
  FORM,
  API,
  CSV,
  PLUGIN
}
