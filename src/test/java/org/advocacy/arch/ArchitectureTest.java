package org.advocacy.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of STYLE.md, checked on the compiled classes. Cycles between modules and reaching into another
 * module's internals: {@link ModulesTest} (Spring Modulith).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.advocacy");
    }

    @Test
    void viewsDoNotTouchJooqOrRepositories() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.advocacy.jooq..", "..internal..");
        rule.check(classes);
    }

    @Test
    void onlyInternalPackagesUseTheDslContext() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..internal..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext");
        rule.check(classes);
    }

    @Test
    void featuresDoNotUseEachOthersInternals() {
        for (String feature : new String[] {"org", "security", "audit", "demo", "admin", "api", "base", "kernel", "shell", "survey",
                "feedback", "recognition", "insights", "notification", "settings"}) {
            noClasses().that().resideOutsideOfPackage("org.advocacy." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.advocacy." + feature + ".internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void apiAndServicesDoNotDependOnVaadin() {
        noClasses().that().resideInAPackage("org.advocacy.api..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }
}
