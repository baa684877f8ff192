package org.advocacy.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advocacy.audit.AuditAction;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Keeps Vietnamese and English in step, checks that every key the code asks for exists, and that no view
 * shows a hard-coded sentence.
 */
class TranslationsTest {

    private final Translations translations = new Translations();
    private static final Path SOURCES = Path.of("src/main/java/org/advocacy");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> vi = translations.keys(Translations.VIETNAMESE);
        Set<String> en = translations.keys(Translations.ENGLISH);
        assertThat(vi).isNotEmpty();
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertThat(onlyVi).as("keys only in Vietnamese").isEmpty();
        assertThat(onlyEn).as("keys only in English").isEmpty();
    }

    @Test
    void vietnameseTextsAreTranslatedNotCopied() {
        List<String> copied = new ArrayList<>();
        for (String key : translations.keys(Translations.ENGLISH)) {
            String en = translations.get(key, Locale.ENGLISH);
            String vi = translations.get(key, Translations.VIETNAMESE);
            // sentences (several words) must differ; names such as "Advocacy Portal" or "E-mail" may match
            String words = en.replace("Advocacy Portal", "").replaceAll("\\{\\d+}", "").replaceAll("[^\\p{L} ]", " ").trim();
            if (en.equals(vi) && words.split("\\s+").length >= 3) {
                copied.add(key);
            }
        }
        assertThat(copied).as("keys whose Vietnamese text is the English one").isEmpty();
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Pattern literalKey = Pattern.compile("(?:getTranslation|translations\\.get|\\.get)\\(\"([a-zA-Z][\\w.]+)\"");
        Pattern keyArgument = Pattern.compile("(?<!getProperty\\()\"((?:nav|error|common|login|setup|home|role|user|apiToken|branch|department|employee|import|audit|api|menu|language)\\.[\\w.]+)\"");
        Set<String> known = translations.keys(Locale.ENGLISH);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern p : List.of(literalKey, keyArgument)) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        String key = m.group(1);
                        if (!known.contains(key) && !key.endsWith(".")) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        for (Role r : Role.values()) {
            if (!known.contains("role." + r.name())) {
                missing.add("role." + r.name());
            }
        }
        assertThat(missing).as("translation keys used but not defined").isEmpty();
    }

    @Test
    void viewsHaveNoHardCodedVisibleText() throws IOException {
        // a string literal that starts with a letter, handed straight to something a user reads
        Pattern visible = Pattern.compile(
                "(new Anchor\\([^,]+, \"[\\p{L}][^\"]*\")|(new (?:Button|Span|Paragraph|H1|H2|H3|H4|Label|NativeLabel|Checkbox|TextField|TextArea|EmailField"
                        + "|PasswordField|ComboBox|DatePicker|Select|Tab|Details|Text)\\((?:[^\"()]*, )?\"[\\p{L}][^\"]*\")"
                        + "|((?:setText|setLabel|setHeader|setHeaderText|setPlaceholder|setHelperText|setErrorMessage"
                        + "|setTitle|setAriaLabel|setTooltipText|Notification\\.show|addItem|setConfirmText|setCancelText)"
                        + "\\(\"[\\p{L}][^\"]*\")");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().contains("/ui/") && p.toString().endsWith(".java")).toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = visible.matcher(lines[i]);
                    if (m.find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(found).as("hard-coded visible strings in views").isEmpty();
    }

    @Test
    void auditActionsAndRolesAreNamedInBothLanguages() {
        for (Locale l : Translations.LOCALES) {
            for (Role r : Role.values()) {
                assertThat(translations.get("role." + r.name(), l)).doesNotStartWith("!");
            }
        }
        assertThat(AuditAction.values()).isNotEmpty();
    }
}
