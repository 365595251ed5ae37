package dev.backoffice.tenancy;

/** The four roles of the product. Identity sources deliver them as group names; the EAR maps groups to roles. */
public final class Roles {

  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String OPERATOR = "operator";
  public static final String AUDITOR = "auditor";

  public static final String[] ALL = {PLATFORM_ADMIN, TENANT_ADMIN, OPERATOR, AUDITOR};

  private Roles() {}
}
