package org.advocacy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import org.advocacy.kernel.i18n.Translations;
import org.junit.jupiter.api.Test;

/** Counts read correctly: "1 account", "2 accounts" (MessageFormat choice); Vietnamese has one form for all. */
class TranslationPluralsTest {

    private final Translations translations = new Translations();

    @Test
    void oneAndManyInEnglishOneFormInVietnamese() {
        assertThat(translations.get("users.count", Locale.ENGLISH, 1)).isEqualTo("1 account");
        assertThat(translations.get("users.count", Locale.ENGLISH, 2)).isEqualTo("2 accounts");
        assertThat(translations.get("users.count", Locale.ENGLISH, 1200)).isEqualTo("1,200 accounts");
        assertThat(translations.get("users.count", Translations.VIETNAMESE, 1200)).isEqualTo("1.200 tài khoản");
        assertThat(translations.get("words.answers", Locale.ENGLISH, 1)).isEqualTo("1 answer");
        assertThat(translations.get("words.answers", Locale.ENGLISH, 185)).isEqualTo("185 answers");
        assertThat(translations.get("words.answers", Translations.VIETNAMESE, 185)).isEqualTo("185 câu trả lời");
        assertThat(translations.get("recognition.gaps.summary", Locale.ENGLISH, 1, 30))
                .isEqualTo("1 person not recognised in the last 30 days.");
        assertThat(translations.get("survey.import.done", Locale.ENGLISH, 1)).isEqualTo("1 answer imported.");
        assertThat(translations.get("import.error.notImported", Locale.ENGLISH, 1)).startsWith("Nothing was imported: 1 row has errors.");
    }

    @Test
    void everyCountedTextFormatsForZeroOneAndMany() {
        for (Locale locale : Translations.LOCALES) {
            for (String key : translations.keys(locale)) {
                String text = translations.get(key, locale);
                if (!text.contains(",choice,")) {
                    continue;
                }
                for (int n : new int[] {0, 1, 2, 21}) {
                    assertThatCode(() -> translations.get(key, locale, n, n, n, n)).as("%s in %s with %s", key, locale, n)
                            .doesNotThrowAnyException();
                    assertThat(translations.get(key, locale, n, n, n, n)).as(key).doesNotContain("{");
                }
            }
        }
    }
}
