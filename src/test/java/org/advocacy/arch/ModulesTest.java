package org.advocacy.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.advocacy.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules of decision 0047, checked by Spring Modulith: no cycles between modules, no module reaching into
 * another's internal packages. The run also writes the module diagrams (C4 in PlantUML) and the module canvases into
 * {@code docs/modules}. The generated jOOQ classes are no module of their own (each table belongs to its owner
 * module): {@link TableOwnershipTest} checks who uses them.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class,
            JavaClass.Predicates.resideInAPackage("org.advocacy.jooq.."));

    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesKeepTheirRules() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        // the folder also holds hand-written files (the base split script): replace only what the Documenter writes
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> files = Files.list(DOCS)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                        .toList()) {
                    Files.delete(f);
                }
            }
        }
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()).withoutClean())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(DOCS.resolve("components.puml")).content().contains("Kernel", "Shell", "Survey");
        assertThat(DOCS.resolve("module-shell.puml")).exists();
        assertThat(DOCS.resolve("module-kernel.adoc")).exists();
        assertThat(DOCS.resolve("base-split.sh")).exists();
    }
}
