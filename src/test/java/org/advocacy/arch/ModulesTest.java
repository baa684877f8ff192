package org.advocacy.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .toList()) {
                Files.writeString(f, stableOrder(Files.readString(f)));
            }
        }
        assertThat(DOCS.resolve("components.puml")).content().contains("Kernel", "Shell", "Survey");
        assertThat(DOCS.resolve("module-shell.puml")).exists();
        assertThat(DOCS.resolve("module-kernel.adoc")).exists();
        assertThat(DOCS.resolve("base-split.sh")).exists();
    }

    /**
     * The Documenter lists relations and canvas entries in no fixed order; sorted runs keep the committed files
     * unchanged from one build to the next unless the modules changed.
     */
    static String stableOrder(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            boolean rel = isDiagramLine(lines.get(i));
            boolean bullet = lines.get(i).startsWith("|* ") || lines.get(i).startsWith("* ");
            if (!rel && !bullet) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && (rel ? isDiagramLine(lines.get(end)) : lines.get(end).startsWith("* "))) {
                end++;
            }
            boolean piped = lines.get(i).startsWith("|");
            List<String> run = new ArrayList<>(lines.subList(i, end).stream()
                    .map(l -> piped && l.startsWith("|") ? l.substring(1) : l).sorted().toList());
            if (piped) {
                run.set(0, "|" + run.get(0));
            }
            for (int k = 0; k < run.size(); k++) {
                lines.set(i + k, run.get(k));
            }
            i = end - 1;
        }
        return String.join("\n", lines);
    }

    private static boolean isDiagramLine(String line) {
        return line.startsWith("Rel(") || line.stripLeading().startsWith("Component(");
    }
}
