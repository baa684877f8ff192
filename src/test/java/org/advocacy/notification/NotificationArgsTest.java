package org.advocacy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.advocacy.kernel.ui.Formats;
import org.junit.jupiter.api.Test;

/** A notice's stored arguments as each reader sees them: dates in the reader's language, the rest as stored. */
class NotificationArgsTest {

    @Test
    void anIsoDateIsShownAsTheReadersLanguageWritesDates() {
        List<String> args = List.of("eNPS hằng tháng", "2026-12-15");
        Object[] vi = Notification.localized(args, Locale.forLanguageTag("vi"));
        Object[] en = Notification.localized(args, Locale.ENGLISH);
        assertThat(vi).containsExactly("eNPS hằng tháng", Formats.date(LocalDate.of(2026, 12, 15), Locale.forLanguageTag("vi")));
        assertThat(en).containsExactly("eNPS hằng tháng", Formats.date(LocalDate.of(2026, 12, 15), Locale.ENGLISH));
        assertThat(vi[1]).isNotEqualTo("2026-12-15").isNotEqualTo(en[1]);
    }

    @Test
    void whatOnlyLooksLikeADateOrIsNoneStaysAsStored() {
        assertThat(Notification.localized(List.of("2026-13-45", "Bùi Thị Vy", "12-15", "2026-12-15x"), Locale.ENGLISH))
                .containsExactly("2026-13-45", "Bùi Thị Vy", "12-15", "2026-12-15x");
    }
}
