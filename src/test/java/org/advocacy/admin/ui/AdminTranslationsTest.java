package org.advocacy.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.advocacy.base.i18n.Translations;
import org.junit.jupiter.api.Test;

/** Both languages carry the same keys, including the administration screens' menu entries and their one-liners. */
class AdminTranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void englishAndVietnameseHaveTheSameKeys() {
        assertThat(translations.keys(Translations.VIETNAMESE))
                .containsExactlyInAnyOrderElementsOf(translations.keys(Translations.ENGLISH));
    }

    @Test
    void menuEntriesAreTranslatedWithTheirDescriptions() {
        for (String key : new String[] {"nav.users", "nav.apiTokens", "nav.audit"}) {
            for (Locale locale : Translations.LOCALES) {
                assertThat(translations.get(key, locale)).as(key).doesNotStartWith("!");
                assertThat(translations.get(key + ".about", locale)).as(key).doesNotStartWith("!");
            }
        }
        assertThat(translations.get("nav.users", Translations.VIETNAMESE)).isEqualTo("Tài khoản người dùng");
    }
}
