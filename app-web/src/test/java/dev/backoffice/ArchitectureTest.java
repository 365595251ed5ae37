package dev.backoffice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the layers of architecture.md pointing inward, and the auditor away from anything that changes data. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.backoffice");

  /** Read-only use cases are named like this; anything else is treated as changing data. */
  private static final Pattern READ_ONLY = Pattern.compile("(get|list|count|find|current|latest|counts|queue)[A-Z]?.*");

  @Test
  void bothModulesAreImported() {
    assertTrue(CLASSES.contain("dev.backoffice.domain.model.tenant.Tenant"), "app-ejb classes on the class path");
    assertTrue(CLASSES.contain("dev.backoffice.interfaces.rest.RestApplication"), "app-web classes");
  }

  @Test
  void theDomainDependsOnNothingOutward() {
    noClasses()
        .that()
        .resideInAPackage("dev.backoffice.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.backoffice.application..",
            "dev.backoffice.interfaces..",
            "dev.backoffice.infrastructure..",
            "dev.backoffice.tenancy..",
            "jakarta.faces..",
            "jakarta.ws.rs..",
            "jakarta.ejb..",
            "jakarta.enterprise..",
            "org.primefaces..")
        .check(CLASSES);
  }

  @Test
  void theApplicationLayerNeverImportsInterfacesOrInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("dev.backoffice.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.backoffice.interfaces..", "dev.backoffice.infrastructure..", "jakarta.faces..", "jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void tenancyKnowsNoLayerAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("dev.backoffice.tenancy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.backoffice.application..", "dev.backoffice.interfaces..", "dev.backoffice.infrastructure..")
        .check(CLASSES);
  }

  @Test
  void interfacesGoThroughTheApplicationLayer() {
    noClasses()
        .that()
        .resideInAPackage("dev.backoffice.interfaces..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.backoffice.infrastructure..", "dev.backoffice.application.internal..", "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void infrastructureNeverReachesIntoTheInterfaces() {
    noClasses()
        .that()
        .resideInAPackage("dev.backoffice.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.backoffice.interfaces..")
        .check(CLASSES);
  }

  @Test
  void entitiesAreWrittenOnlyBehindTheServiceBoundary() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.backoffice.interfaces..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(CLASSES);
  }

  @Test
  void everyServiceMethodDeclaresWhoMayCallIt() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Stateless.class)
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.backoffice.application.internal..")
        .and()
        .arePublic()
        .should(declareRoles())
        .check(CLASSES);
  }

  @Test
  void theAuditorIsAllowedOnlyOnReadOnlyMethods() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.backoffice.application.internal..")
        .and()
        .arePublic()
        .and(allowsRole("auditor"))
        .should(haveReadOnlyNames())
        .check(CLASSES);
  }

  @Test
  void everyPackageSaysWhatBelongsInIt() {
    Set<String> packages = new TreeSet<>();
    Set<String> documented = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      packages.add(c.getPackageName());
      if (c.getSimpleName().equals("package-info")) {
        documented.add(c.getPackageName());
      }
    }
    packages.removeAll(documented);
    assertEquals(Set.of(), packages, "packages without a package-info.java");
  }

  private static ArchCondition<JavaMethod> declareRoles() {
    return new ArchCondition<>("declare @RolesAllowed or @PermitAll (on the method or its class)") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        boolean declared =
            m.isAnnotatedWith(RolesAllowed.class)
                || m.isAnnotatedWith(PermitAll.class)
                || m.getOwner().isAnnotatedWith(RolesAllowed.class)
                || m.getOwner().isAnnotatedWith(PermitAll.class);
        events.add(new SimpleConditionEvent(m, declared, m.getFullName() + " declares no roles"));
      }
    };
  }

  private static DescribedPredicate<JavaMethod> allowsRole(String role) {
    return new DescribedPredicate<>("allow role " + role) {
      @Override
      public boolean test(JavaMethod m) {
        RolesAllowed allowed =
            m.isAnnotatedWith(RolesAllowed.class)
                ? m.getAnnotationOfType(RolesAllowed.class)
                : m.getOwner().isAnnotatedWith(RolesAllowed.class) ? m.getOwner().getAnnotationOfType(RolesAllowed.class) : null;
        return allowed != null && Arrays.asList(allowed.value()).contains(role);
      }
    };
  }

  private static ArchCondition<JavaMethod> haveReadOnlyNames() {
    return new ArchCondition<>("be read-only use cases (named get/list/count/find/current/latest...)") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        boolean ok = READ_ONLY.matcher(m.getName()).matches() || List.of("equals", "hashCode", "toString").contains(m.getName());
        events.add(new SimpleConditionEvent(m, ok, m.getFullName() + " lets the auditor call a method that may change data"));
      }
    };
  }
}
