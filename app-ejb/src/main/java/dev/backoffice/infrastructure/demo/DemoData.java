package dev.backoffice.infrastructure.demo;

import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.tenancy.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded default's demo tenants, created on the first start when {@code backoffice.demo.enabled} is true, and a
 * banner in the log on every start with the URL and the demo users. The users themselves live in the embedded user
 * registry (identity-demo.xml); their password is the {@code demo.password} server variable ({@code DEMO_PASSWORD}).
 *
 * <p>The legal details are fictitious companies whose ИНН, КПП and ОГРН are checksum-valid; their accounts are at
 * real Sberbank БИКs and pass the control key.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  record DemoTenant(
      String slug, String displayName, String legalName, LegalEntityDetails seller, String event, String venue) {}

  static final List<DemoTenant> TENANTS =
      List.of(
          new DemoTenant(
              "alpha",
              "Альфа Конференции",
              "Общество с ограниченной ответственностью «Альфа Конференции» (демо)",
              new LegalEntityDetails(
                  "ООО «Альфа Конференции»",
                  "Общество с ограниченной ответственностью «Альфа Конференции»",
                  "7701000019",
                  "770101001",
                  "1027700000019",
                  "125009, г. Москва, ул. Тверская, д. 1")
                  .withBanking(
                      "ПАО Сбербанк",
                      "044525225",
                      "30101810400000000225",
                      "40702810538000123456",
                      "Генеральный директор",
                      "Иванов Иван Иванович",
                      "Петрова Мария Сергеевна"),
              "Финтех-форум 2027",
              "Москва, ЦМТ, Краснопресненская наб., 12"),
          new DemoTenant(
              "beta",
              "Бета Ивент",
              "Акционерное общество «Бета Ивент» (демо)",
              new LegalEntityDetails(
                  "АО «Бета Ивент»",
                  "Акционерное общество «Бета Ивент»",
                  "7801000012",
                  "780101001",
                  "1027800000018",
                  "190000, г. Санкт-Петербург, Невский пр., д. 1")
                  .withBanking(
                      "Северо-Западный банк ПАО Сбербанк",
                      "044030653",
                      "30101810500000000653",
                      "40702810755000012345",
                      "Генеральный директор",
                      "Смирнова Ольга Николаевна",
                      "Кузнецов Павел Андреевич"),
              "Логистика Северо-Запада 2027",
              "Санкт-Петербург, Экспофорум, Петербургское ш., 64/1"));

  @Inject DemoTenantWriter writer;

  @Inject
  @ConfigProperty(name = "backoffice.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "demo.password", defaultValue = "demo-2026")
  String demoPassword;

  @Inject
  @ConfigProperty(name = "backoffice.public-url", defaultValue = "http://localhost:9080/")
  String publicUrl;

  @PostConstruct
  void seed() {
    if (!enabled) {
      LOG.info("Demo data is disabled (backoffice.demo.enabled=false)");
      return;
    }
    List<String> links = new java.util.ArrayList<>();
    for (DemoTenant t : TENANTS) {
      Optional<UUID> existing = writer.findTenant(t.slug());
      if (existing.isEmpty()) {
        UUID id = writer.createTenant(t.slug(), t.displayName(), t.legalName());
        TenantScope.runAs(id, () -> writer.createLegalEntity(t.seller()));
        LOG.info(() -> "Demo tenant '" + t.slug() + "' created");
      }
      UUID tenantId = writer.findTenant(t.slug()).orElseThrow();
      TenantScope.runAs(tenantId, () -> writer.completeSeller(t.seller()));
      TenantScope.runAs(tenantId, () -> writer.createEventIfNone(t.event(), t.venue()));
      try {
        TenantScope.runAs(tenantId, writer::firstEventId)
            .ifPresent(e -> links.add("   " + publicUrl + "register.xhtml?t=" + t.slug() + "&e=" + e));
      } catch (Exception e) {
        LOG.warning(() -> "No public registration link for " + t.slug() + ": " + e.getMessage());
      }
    }
    String banner =
        String.join(
            System.lineSeparator(),
            "",
            "==================================================================",
            " Backoffice is starting. Open " + publicUrl,
            " Demo users (password for all: " + demoPassword + "):",
            "   root   platform admin",
            "   alice  tenant admin  of 'Альфа Конференции' (alpha)",
            "   oleg   operator      of alpha",
            "   anna   auditor       of alpha",
            "   boris  tenant admin  of 'Бета Ивент' (beta)",
            "   olga   operator      of beta",
            "   artem  auditor       of beta",
            " Public registration pages (no login):",
            String.join(System.lineSeparator(), links),
            "==================================================================");
    LOG.info(banner);
  }
}
