package org.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments and docs point only into the repository: every reference to a section of docs/domain-rules.md names a
 * heading that exists there, and nothing cites the domain document that was never in the repository.
 */
class DomainRulesLinksTest {

    private static final Path RULES = Path.of("docs", "domain-rules.md");
    private static final Pattern LINK = Pattern.compile("domain-rules\\.md#([A-Za-z0-9-]+)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);
    private static final String MISSING_DOCUMENT = "DOMAIN" + ".md";

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        for (String root : List.of("src/main", "src/test", "docs")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|md|properties|sql|html|css|js|ts)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void headingAnchorsAreComputedAsGitHubDoes() {
        assertThat(anchor("Interval of an NPS-type score")).isEqualTo("interval-of-an-nps-type-score");
        assertThat(anchor("Rule 11")).isEqualTo("rule-11");
        assertThat(anchor("Staff and customer advocacy per branch"))
                .isEqualTo("staff-and-customer-advocacy-per-branch");
    }

    @Test
    void everyLinkIntoTheDomainRulesNamesOneOfItsSections() throws IOException {
        Set<String> sections = HEADING.matcher(read(RULES)).results().map(m -> anchor(m.group(1)))
                .collect(Collectors.toSet());
        assertThat(sections).contains("roles", "metrics", "rule-1", "rule-14", "customer-feedback");
        Set<String> broken = new TreeSet<>();
        int links = 0;
        for (Path file : sources()) {
            Matcher m = LINK.matcher(read(file));
            while (m.find()) {
                links++;
                if (!sections.contains(m.group(1))) {
                    broken.add(file + " → #" + m.group(1));
                }
            }
        }
        assertThat(links).as("the code cites the rules").isGreaterThan(20);
        assertThat(broken).as("links to sections that do not exist").isEmpty();
    }

    @Test
    void nothingCitesTheDomainDocumentThatIsNotInTheRepository() throws IOException {
        assertThat(sources()).filteredOn(p -> read(p).contains(MISSING_DOCUMENT)).isEmpty();
    }
}
