package dev.backoffice.tenancy;

/** The caller acts for no tenant (not bound, bound to several, or the tenant is inactive): tenant work is refused. */
public class NoTenantException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoTenantException(String message) {
    super(message);
  }
}
