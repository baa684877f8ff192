package org.advocacy.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.ui.HomeCards;
import org.advocacy.kernel.ui.HomeSection;
import org.advocacy.kernel.ui.RelativeTime;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.OpenRound;
import org.advocacy.survey.Program;
import org.advocacy.survey.ProgramStatus;
import org.advocacy.survey.PulseAnswerService;
import org.advocacy.survey.PulseProgramService;
import org.advocacy.survey.PulseResultsService;
import org.advocacy.survey.RoundListItem;
import org.advocacy.survey.TrendPoint;
import org.springframework.core.annotation.Order;

/**
 * The pulse's part of the home page: an employee's open pulse (or "answered, thank you"); a manager's branch eNPS
 * of the latest closed round with its change (released figures only, so the anonymity rules hold); HR's running
 * rounds with participation and when they close.
 */
@org.springframework.stereotype.Component
@Order(10)
class PulseHomeSection implements HomeSection {

    /** Rounds closing within this time are flagged as ending soon on HR's card. */
    static final Duration ENDING_SOON = Duration.ofDays(2);

    private final CurrentUser currentUser;
    private final PulseProgramService pulsePrograms;
    private final PulseAnswerService pulseAnswers;
    private final PulseResultsService pulseResults;
    private final AnonymityRules rules;
    private final OrgTimeZone zone;
    private final Clock clock;

    PulseHomeSection(CurrentUser currentUser, PulseProgramService pulsePrograms, PulseAnswerService pulseAnswers,
            PulseResultsService pulseResults, AnonymityRules rules, OrgTimeZone zone, Clock clock) {
        this.currentUser = currentUser;
        this.pulsePrograms = pulsePrograms;
        this.pulseAnswers = pulseAnswers;
        this.pulseResults = pulseResults;
        this.rules = rules;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        PortalUser user = currentUser.require();
        Div box = new Div();
        box.addClassName(HomeCards.GROUP);
        if (user.employeeId() != null && (user.has(Role.EMPLOYEE) || user.has(Role.MANAGER))) {
            box.add(myPulse());
        }
        if (user.has(Role.MANAGER)) {
            teamEnps().ifPresent(box::add);
        }
        if (user.has(Role.HR)) {
            box.add(runningRounds());
        }
        return box.getComponentCount() == 0 ? Optional.empty() : Optional.of(box);
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    private Component myPulse() {
        List<OpenRound> open = pulseAnswers.myOpenRounds();
        boolean waiting = open.stream().anyMatch(r -> !r.answered());
        Div card = HomeCards.card("home-pulse", t("home.pulse.title"), waiting);
        if (open.isEmpty()) {
            card.add(HomeCards.note(t("home.pulse.none")));
        }
        for (OpenRound r : open) {
            Div row = new Div();
            row.addClassName("home-item");
            Span name = new Span(r.programName());
            name.addClassName("home-item-title");
            String closes = Formats.dateTime(r.closesAt(), zone.zone(), locale());
            if (r.answered()) {
                Span done = new Span(t("home.pulse.answered", closes));
                done.addClassName("home-pulse-answered");
                row.add(name, done);
            } else {
                Span when = HomeCards.note(t("home.pulse.closes", closes,
                        RelativeTime.words(card, Duration.between(nowUtc(), r.closesAt()))));
                Button answer = new Button(t("home.pulse.answer"),
                        e -> UI.getCurrent().navigate(MyPulseView.class));
                answer.setId("home-pulse-answer");
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(name, when, answer);
            }
            card.add(row);
        }
        return card;
    }

    /**
     * The program a manager most likely looks at: an active one, the most frequent cadence first (a monthly pulse
     * before a quarterly one).
     */
    static Optional<Program> mainProgram(List<Program> programs) {
        return programs.stream()
                .sorted(Comparator.comparing((Program p) -> p.status() != ProgramStatus.ACTIVE)
                        .thenComparing(p -> p.cadence().ordinal()).thenComparing(Program::id))
                .findFirst();
    }

    private Optional<Component> teamEnps() {
        Optional<Program> program = mainProgram(pulsePrograms.programsForResults());
        if (program.isEmpty()) {
            return Optional.empty();
        }
        List<TrendPoint> trend = pulseResults.trend(program.get().id(), null);
        Div card = HomeCards.card("home-enps", t("home.enps.title"), false);
        card.add(HomeCards.note(program.get().name()));
        if (trend.isEmpty()) {
            card.add(new Span(t("home.enps.noRound")));
        } else {
            TrendPoint last = trend.getLast();
            String date = Formats.date(last.closeDate(), locale());
            if (last.enps() == null) {
                card.add(new Span(t("home.enps.hidden", date)),
                        HomeCards.note(PulseUi.suppressed(card, last.suppressed(), rules.k())));
            } else {
                Span figure = new Span(PulseUi.signed(last.enps().score()));
                figure.addClassName("home-figure");
                figure.setId("home-enps-figure");
                card.add(figure, HomeCards.note(t("home.enps.of", last.enps().n(), date)));
                TrendPoint previous = trend.stream().limit(trend.size() - 1).filter(p -> p.enps() != null)
                        .reduce((a, b) -> b).orElse(null);
                if (previous != null) {
                    String change = !last.clearChange() ? t("home.trend.noClearChange", PulseUi.signed(previous.enps().score()))
                            : last.enps().score() > previous.enps().score()
                                    ? t("home.trend.up", PulseUi.signed(previous.enps().score()))
                                    : t("home.trend.down", PulseUi.signed(previous.enps().score()));
                    Span trendText = new Span(change);
                    trendText.setId("home-enps-trend");
                    card.add(trendText);
                }
            }
        }
        card.add(HomeCards.open("home-enps-open", t("home.enps.open"), PulseResultsView.class));
        return Optional.of(card);
    }

    private Component runningRounds() {
        List<RoundListItem> open = pulsePrograms.rounds(null, 0, 100).stream().filter(RoundListItem::open).toList();
        LocalDateTime now = nowUtc();
        boolean ending = open.stream().anyMatch(r -> Duration.between(now, r.closesAt()).compareTo(ENDING_SOON) < 0);
        Div card = HomeCards.card("home-rounds", t("home.rounds.title"), ending);
        if (open.isEmpty()) {
            card.add(HomeCards.note(t("home.rounds.none")));
        }
        for (RoundListItem r : open) {
            Div row = new Div();
            row.addClassName("home-item");
            Span name = new Span(r.programName());
            name.addClassName("home-item-title");
            Span participation = new Span(t("home.rounds.participation", Formats.number(r.answered(), locale()),
                    Formats.number(r.invited(), locale()), Math.round(100 * r.participation())));
            Duration left = Duration.between(now, r.closesAt());
            Span closes = HomeCards.note(t("home.rounds.closes", Formats.dateTime(r.closesAt(), zone.zone(), locale()),
                    RelativeTime.words(card, left)));
            if (left.compareTo(ENDING_SOON) < 0) {
                closes.addClassName("home-ending");
            }
            row.add(name, participation, closes);
            card.add(row);
        }
        card.add(HomeCards.open("home-rounds-open", t("home.rounds.open"), PulseProgramsView.class));
        return card;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static java.util.Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
