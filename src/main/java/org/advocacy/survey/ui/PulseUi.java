package org.advocacy.survey.ui;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.ui.ScoreWords;
import org.advocacy.survey.Cadence;
import org.advocacy.survey.Driver;
import org.advocacy.survey.Enps;
import org.advocacy.survey.Program;
import org.advocacy.survey.PulseResults;
import org.advocacy.survey.RoundListItem;
import org.advocacy.survey.SegmentGuard;
import org.advocacy.survey.TrendPoint;

/** Shared wording of the pulse screens. */
final class PulseUi {

    private PulseUi() {
    }

    static String signed(double value) {
        return Formats.signed(value);
    }

    static String one(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    /**
     * The figure in words first, "eNPS −8 (185 answers): a little more detractors than promoters; no clear change
     * since last round" (the change clause only with a {@code previous} figure), or the reason it is hidden.
     */
    static String headline(Component c, PulseResults r, Enps previous, int k) {
        if (!r.shown()) {
            return suppressed(c, r.suppressed(), k);
        }
        return ScoreWords.sentence(c, c.getTranslation("survey.results.enps"), figure(r.enps()),
                previous == null ? null : figure(previous), ScoreWords.Since.ROUND);
    }

    static String headline(Component c, PulseResults r, int k) {
        return headline(c, r, null, k);
    }

    /** The statistics after the words: "n = 185 · ± 12 · 95 % interval −20 to 4". */
    static String detail(Component c, Enps e) {
        return c.getTranslation("words.detail", e.n(), Math.round(e.margin()), signed(e.low()), signed(e.high()));
    }

    static ScoreWords.Figure figure(Enps e) {
        return new ScoreWords.Figure(e.score(), e.n(), e.low(), e.high());
    }

    static String suppressed(Component c, SegmentGuard.Reason reason, int k) {
        return c.getTranslation("survey.suppressed." + reason.code(), k);
    }

    /** The last shown figure of the trend before the given round, if that round is in the trend. */
    static Enps previousShown(List<TrendPoint> points, long roundId) {
        Enps previous = null;
        for (TrendPoint p : points) {
            if (p.roundId() == roundId) {
                return previous;
            }
            if (p.enps() != null) {
                previous = p.enps();
            }
        }
        return null;
    }

    /**
     * The program whose results people look at most: of those with a closed round, the one with the shortest cadence,
     * then the one closed most recently.
     */
    static Optional<Program> mostFrequentWithClosedRound(List<Program> programs,
            Function<Program, List<RoundListItem>> rounds) {
        record Candidate(Program program, java.time.LocalDate lastClosed) {
        }
        return programs.stream()
                .map(p -> new Candidate(p, rounds.apply(p).stream().filter(r -> !r.open())
                        .map(RoundListItem::closeDate).max(Comparator.naturalOrder()).orElse(null)))
                .filter(c -> c.lastClosed() != null)
                .min(Comparator.comparing((Candidate c) -> frequencyRank(c.program().cadence()))
                        .thenComparing(Candidate::lastClosed, Comparator.reverseOrder()))
                .map(Candidate::program);
    }

    private static int frequencyRank(Cadence cadence) {
        return cadence == null ? Cadence.values().length : cadence.ordinal();
    }

    /** A short column header for a driver: the library's short name, or a custom driver's own statement. */
    static String shortDriver(Component c, String code, String statement) {
        return Driver.library(code).isPresent() ? c.getTranslation("survey.driverShort." + code) : statement;
    }
}
