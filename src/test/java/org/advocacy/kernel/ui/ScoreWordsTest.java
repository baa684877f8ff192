package org.advocacy.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.advocacy.kernel.ui.ScoreWords.Figure;
import org.junit.jupiter.api.Test;

/** The words said before the statistics, and the formats of dates, months and signed scores. */
class ScoreWordsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void theBalanceOfPromotersAndDetractorsInWords() {
        assertThat(ScoreWords.balance(-8)).isEqualTo("littleMoreDetractors");
        assertThat(ScoreWords.balance(-4.6)).isEqualTo("littleMoreDetractors");
        assertThat(ScoreWords.balance(-4.4)).isEqualTo("even");
        assertThat(ScoreWords.balance(0)).isEqualTo("even");
        assertThat(ScoreWords.balance(19)).isEqualTo("littleMorePromoters");
        assertThat(ScoreWords.balance(20)).isEqualTo("clearlyMorePromoters");
        assertThat(ScoreWords.balance(-49)).isEqualTo("clearlyMoreDetractors");
        assertThat(ScoreWords.balance(50)).isEqualTo("farMorePromoters");
        assertThat(ScoreWords.balance(-100)).isEqualTo("farMoreDetractors");
    }

    @Test
    void aChangeIsNewsOnlyWhenTheIntervalsDoNotOverlap() {
        Figure before = new Figure(-8, 185, -20, 4);
        assertThat(ScoreWords.change(new Figure(2, 190, -10, 14), before)).isEqualTo("none");
        assertThat(ScoreWords.change(new Figure(15, 190, 4, 26), before)).as("touching edges overlap").isEqualTo("none");
        assertThat(ScoreWords.change(new Figure(18, 190, 5, 30), before)).isEqualTo("up");
        assertThat(ScoreWords.change(new Figure(-40, 190, -52, -21), before)).isEqualTo("down");
    }

    @Test
    void datesWithoutSecondsAndOneMonthFormat() {
        LocalDateTime utc = LocalDateTime.of(2026, 11, 30, 1, 0, 37);
        ZoneId hcm = ZoneId.of("Asia/Ho_Chi_Minh");
        assertThat(Formats.dateTime(utc, hcm, VI)).isEqualTo("30 thg 11, 2026, 08:00");
        assertThat(Formats.dateTime(utc, hcm, Locale.ENGLISH)).isEqualTo("Nov 30, 2026, 8:00\u202fAM");
        assertThat(Formats.month(YearMonth.of(2026, 11), VI)).isEqualTo("thg 11 2026");
        assertThat(Formats.month(YearMonth.of(2026, 11), Locale.ENGLISH)).isEqualTo("Nov 2026");
        assertThat(Formats.period("2026-11", Locale.ENGLISH)).isEqualTo("Nov 2026");
        assertThat(Formats.period("2026-Q4", Locale.ENGLISH)).isEqualTo("Q4 2026");
    }

    @Test
    void signedScoresUseATrueMinus() {
        assertThat(Formats.signed(-8.2)).isEqualTo("−8");
        assertThat(Formats.signed(32.5)).isEqualTo("+33");
        assertThat(Formats.signed(-0.3)).isEqualTo("0");
    }
}
