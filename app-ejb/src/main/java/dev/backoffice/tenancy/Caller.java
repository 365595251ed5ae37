package dev.backoffice.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The authenticated caller as the identity source sees it.
 *
 * @param name the principal name
 * @param tenantKey the slug of the one tenant the caller is bound to; empty for platform admins and for users bound
 *     to no tenant or, wrongly, to several (fail closed: such a caller acts for no tenant)
 * @param tenantConflict true when the identity binds the caller to several tenants: such a caller is refused, never
 *     given an arbitrary one of them
 */
public record Caller(String name, Optional<String> tenantKey, boolean tenantConflict) {

  public Caller(String name, Optional<String> tenantKey) {
    this(name, tenantKey, false);
  }

  /** A caller bound to the tenants the identity names: one means that tenant, none means none, several a conflict. */
  public static Caller boundTo(String name, Collection<String> tenantKeys) {
    List<String> distinct = tenantKeys.stream().filter(k -> k != null && !k.isBlank()).distinct().toList();
    if (distinct.size() > 1) {
      return new Caller(name, Optional.empty(), true);
    }
    return new Caller(name, distinct.stream().findFirst(), false);
  }
}
