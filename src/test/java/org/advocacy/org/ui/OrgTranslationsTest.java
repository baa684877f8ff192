package org.advocacy.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The org screens' texts exist in both languages, and every literal key the screens ask for is defined. */
class OrgTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OrgTranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndVietnameseHaveTheSameKeys() throws IOException {
        Properties en = load("org_en.properties");
        Properties vi = load("org_vi.properties");
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.getProperty("nav.employees")).isEqualTo("Nhân viên");
        for (String nav : Set.of("nav.employees", "nav.employeeImport", "nav.departments", "nav.branches")) {
            assertThat(en).containsKey(nav + ".about");
        }
    }

    @Test
    void everyKeyTheScreensUseIsDefined() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (String bundle : new String[] {"base", "org"}) {
            defined.addAll(load(bundle + "_en.properties").stringPropertyNames());
            defined.addAll(load(bundle + "_vi.properties").stringPropertyNames());
        }
        Pattern literal = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"[,)]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/advocacy/org/ui"))) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(defined).containsAll(used);
        for (String status : new String[] {"ACTIVE", "INACTIVE", "ALL"}) {
            assertThat(defined).contains("employee.status." + status);
        }
        for (String action : new String[] {"CREATE", "UPDATE", "NONE", "ERROR"}) {
            assertThat(defined).contains("import.action." + action);
        }
    }
}
