package dev.backoffice.domain.requisites;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The requisites rules are pure domain code: they depend on java.* and on their own package only. */
class RequisitesArchitectureTest {

  @Test
  void dependsOnlyOnTheJdk() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.backoffice.domain.requisites");
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.backoffice.domain.requisites", "dev.backoffice.domain.model.shared")
        .check(main);
  }
}
