package dev.backoffice.application.internal;

import dev.backoffice.application.LegalEntityService;
import dev.backoffice.application.LegalEntityView;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.legalentity.LegalEntityRepository;
import dev.backoffice.domain.model.shared.ConflictException;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import dev.backoffice.tenancy.Roles;
import dev.backoffice.tenancy.TenantContext;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Use cases on the tenant's seller legal entities. Every change loads the row through the tenant-filtered
 * repository, checks it and changes it in place: nothing detached from a request is ever merged.
 */
@Stateless
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
public class DefaultLegalEntityService implements LegalEntityService {

  static final String KIND = "legalEntity";

  @Inject LegalEntityRepository legalEntities;

  @Inject LegalEntityRequisites requisites;

  @Inject AuditTrail audit;

  @Inject TenantContext tenantContext;

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public List<LegalEntityView> list() {
    tenantContext.requireTenantId();
    return legalEntities.list().stream().map(DefaultLegalEntityService::view).toList();
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public LegalEntityView get(UUID id) {
    tenantContext.requireTenantId();
    return view(load(id));
  }

  @Override
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.AUDITOR})
  public long count() {
    tenantContext.requireTenantId();
    return legalEntities.count();
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public LegalEntityView create(LegalEntityDetails details) {
    tenantContext.requireTenantId();
    LegalEntityDetails checked = requisites.check(details);
    if (legalEntities.existsByInnAndKpp(checked.inn(), checked.kpp(), null)) {
      throw new ConflictException("legalEntity.duplicate", "inn", checked.inn(), String.valueOf(checked.kpp()));
    }
    LegalEntity entity = new LegalEntity(checked, Instant.now());
    legalEntities.add(entity);
    audit.record("legalEntity.created", KIND, entity.id(), entity.shortName() + ", ИНН " + entity.inn());
    return view(entity);
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public LegalEntityView update(UUID id, long expectedVersion, LegalEntityDetails details) {
    tenantContext.requireTenantId();
    LegalEntity entity = load(id);
    if (entity.version() != expectedVersion) {
      throw new ConflictException("staleVersion", null, expectedVersion, entity.version());
    }
    LegalEntityDetails checked = requisites.check(details);
    if (legalEntities.existsByInnAndKpp(checked.inn(), checked.kpp(), id)) {
      throw new ConflictException("legalEntity.duplicate", "inn", checked.inn(), String.valueOf(checked.kpp()));
    }
    String before = entity.details().toString();
    entity.change(checked);
    audit.record("legalEntity.updated", KIND, id, before + " -> " + entity.details());
    legalEntities.flush();
    return view(entity);
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public LegalEntityView setActive(UUID id, boolean active) {
    tenantContext.requireTenantId();
    LegalEntity entity = load(id);
    if (active) {
      entity.activate();
    } else {
      entity.deactivate();
    }
    audit.record(active ? "legalEntity.activated" : "legalEntity.deactivated", KIND, id, entity.shortName());
    legalEntities.flush();
    return view(entity);
  }

  @Override
  @RolesAllowed(Roles.TENANT_ADMIN)
  public void delete(UUID id) {
    tenantContext.requireTenantId();
    LegalEntity entity = load(id);
    if (legalEntities.inUse(id)) {
      // Its events and documents name it: deleting would break them (and fail on the foreign keys as a 500).
      throw new ConflictException("legalEntity.inUse", null, entity.shortName());
    }
    legalEntities.remove(entity);
    audit.record("legalEntity.deleted", KIND, id, entity.shortName() + ", ИНН " + entity.inn());
  }

  private LegalEntity load(UUID id) {
    if (id == null) {
      throw new RecordNotFoundException(KIND, null);
    }
    return legalEntities.find(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
  }

  static LegalEntityView view(LegalEntity e) {
    return new LegalEntityView(
        e.id(),
        e.shortName(),
        e.fullName(),
        e.inn(),
        e.kpp(),
        e.ogrn(),
        e.legalAddress(),
        e.details().postalAddress(),
        e.details().bankName(),
        e.details().bik(),
        e.details().correspondentAccount(),
        e.details().settlementAccount(),
        e.details().directorPosition(),
        e.details().directorName(),
        e.details().chiefAccountantName(),
        e.details().email(),
        e.details().phone(),
        e.vatPayer(),
        e.missingForDocuments(),
        e.active(),
        e.createdAt(),
        e.version());
  }
}
