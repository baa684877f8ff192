package org.advocacy.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import org.advocacy.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules of decision 0047, checked by Spring Modulith: no cycles between modules, no module reaching into
 * another's internal packages. The run also writes the module diagrams and canvases into {@code docs/modules}.
 * The generated jOOQ classes are no module of their own (they belong to the tables' owners):
 * {@link TableOwnershipTest} checks who uses them.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class,
            JavaClass.Predicates.resideInAPackage("org.advocacy.jooq.."));

    @Test
    void modulesKeepTheirRules() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
