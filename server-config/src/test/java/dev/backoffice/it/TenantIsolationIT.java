package dev.backoffice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.application.LegalEntityService;
import dev.backoffice.application.LegalEntityView;
import dev.backoffice.domain.model.legalentity.LegalEntity;
import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.shared.RecordNotFoundException;
import jakarta.ejb.EJB;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant B (boris, tenant admin of "beta") cannot read, list, count, update or delete a row of tenant A (alice,
 * "alpha") — not through the services, not through JPQL, find by id, bulk statements or a detached merge.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(
        new Class<?>[] {PersistenceProbe.class}, TenantIsolationIT.class, As.class, As.Work.class, LegalEntities.class);
  }

  @EJB LegalEntityService legalEntities;

  @EJB PersistenceProbe probe;

  private UUID alphaRow;

  @BeforeEach
  void alphaHasALegalEntity() throws Exception {
    alphaRow = As.user("alice", () -> fresh(LegalEntities.SBERBANK).id());
  }

  @AfterEach
  void cleanUp() throws Exception {
    As.run("alice", () -> legalEntities.delete(alphaRow));
  }

  private LegalEntityView fresh(LegalEntityDetails details) {
    legalEntities.list().stream()
        .filter(e -> e.inn().equals(details.inn()) && e.kpp().equals(details.kpp()))
        .forEach(e -> legalEntities.delete(e.id()));
    return legalEntities.create(details);
  }

  @Test
  void servicesAnswerNotFoundForAnotherTenantsRow() throws Exception {
    As.run(
        "boris",
        () -> {
          assertThrows(RecordNotFoundException.class, () -> legalEntities.get(alphaRow));
          assertFalse(legalEntities.list().stream().anyMatch(e -> e.id().equals(alphaRow)));
          assertEquals(legalEntities.list().size(), legalEntities.count());
          assertThrows(
              RecordNotFoundException.class,
              () -> legalEntities.update(alphaRow, 0, LegalEntities.renamed(LegalEntities.SBERBANK, "hijacked")));
          assertThrows(RecordNotFoundException.class, () -> legalEntities.setActive(alphaRow, false));
          assertThrows(RecordNotFoundException.class, () -> legalEntities.delete(alphaRow));
        });
    As.run(
        "alice",
        () -> {
          LegalEntityView row = legalEntities.get(alphaRow);
          assertEquals("ПАО Сбербанк", row.shortName());
          assertTrue(row.active());
          assertTrue(legalEntities.list().stream().anyMatch(e -> e.id().equals(alphaRow)));
        });
  }

  @Test
  void jpqlFindAndBulkStatementsAreFiltered() throws Exception {
    long alphaCount = As.user("alice", () -> probe.jpqlCount());
    assertTrue(alphaCount >= 1);
    As.run(
        "boris",
        () -> {
          assertNull(probe.findName(alphaRow), "find by id");
          assertNull(probe.jpqlName(alphaRow), "JPQL by id");
          assertEquals(legalEntities.count(), probe.jpqlCount(), "JPQL count sees only beta's rows");
          assertEquals(0, probe.bulkRename(alphaRow, "hijacked"), "bulk update");
          assertEquals(0, probe.bulkDelete(alphaRow), "bulk delete");
        });
    As.run(
        "alice",
        () -> {
          assertEquals("ПАО Сбербанк", probe.findName(alphaRow));
          assertEquals(alphaCount, probe.jpqlCount());
        });
  }

  @Test
  void aDetachedMergeCannotChangeAnotherTenantsRow() throws Exception {
    LegalEntity detached = As.user("alice", () -> probe.loadDetached(alphaRow));
    As.run(
        "boris",
        () -> {
          try {
            probe.mergeRenamed(detached, "hijacked");
          } catch (RuntimeException refused) {
            // refusing is fine; what matters is that alpha's row is unchanged
          }
        });
    As.run("alice", () -> assertEquals("ПАО Сбербанк", probe.findName(alphaRow)));
  }

  @Test
  void aUserWithoutATenantSeesNothingAndChangesNothing() throws Exception {
    As.run(
        "root",
        () -> {
          assertNull(probe.findName(alphaRow));
          assertEquals(0, probe.jpqlCount());
          assertEquals(0, probe.bulkRename(alphaRow, "hijacked"));
        });
    As.run("alice", () -> assertEquals("ПАО Сбербанк", probe.findName(alphaRow)));
  }
}
