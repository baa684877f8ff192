package org.advocacy.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.ui.HomeCards;
import org.advocacy.kernel.ui.HomeSection;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.FollowUpCounts;
import org.advocacy.feedback.FollowUpService;
import org.advocacy.feedback.NpsScore;
import org.advocacy.feedback.PraiseService;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.springframework.core.annotation.Order;

/**
 * Customer feedback's part of the home page. A manager: praise waiting for approval and follow-up cases due or
 * overdue (each count opens the screen that resolves it), and this month's customer NPS of each of their branches
 * against last month. HR: the follow-up cases that are late anywhere.
 */
@org.springframework.stereotype.Component
@Order(20)
class FeedbackHomeSection implements HomeSection {

    private final CurrentUser currentUser;
    private final PraiseService praise;
    private final FollowUpService followUps;
    private final CustomerMetricsService metrics;
    private final OrgService org;
    private final OrgTimeZone zone;
    private final Clock clock;

    FeedbackHomeSection(CurrentUser currentUser, PraiseService praise, FollowUpService followUps,
            CustomerMetricsService metrics, OrgService org,
            OrgTimeZone zone, Clock clock) {
        this.currentUser = currentUser;
        this.praise = praise;
        this.followUps = followUps;
        this.metrics = metrics;
        this.org = org;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        PortalUser user = currentUser.require();
        Div box = new Div();
        box.addClassName(HomeCards.GROUP);
        if (user.has(Role.MANAGER)) {
            box.add(waiting());
            List<Branch> branches = org.branchesInScope().stream().filter(Branch::active).limit(6).toList();
            if (!branches.isEmpty()) {
                box.add(customerNps(branches));
            }
        } else if (user.has(Role.HR)) {
            FollowUpCounts c = followUps.counts();
            Div card = HomeCards.card("home-follow-ups", t("home.followUps.title"), c.overdue() > 0);
            card.add(HomeCards.countLink("home-follow-ups-overdue", c.overdue(), HomeCards.plural(card, c.overdue(), "home.followUps.overdue"),
                    FollowUpListView.class, Map.of("show", "overdue")));
            card.add(HomeCards.countLink("home-follow-ups-open", c.open(), HomeCards.plural(card, c.open(), "home.followUps.open"),
                    FollowUpListView.class, Map.of()));
            box.add(card);
        }
        return box.getComponentCount() == 0 ? Optional.empty() : Optional.of(box);
    }

    /** The manager's queue: praise to approve, follow-up cases overdue and due within a day. */
    private Component waiting() {
        int pending = praise.pendingCount();
        FollowUpCounts c = followUps.counts();
        Div card = HomeCards.card("home-waiting", t("home.waiting.title"), pending + c.overdue() + c.dueSoon() > 0);
        card.add(HomeCards.countLink("home-praise-pending", pending, HomeCards.plural(card, pending, "home.waiting.praise"),
                PraiseModerationView.class, Map.of()));
        card.add(HomeCards.countLink("home-follow-ups-overdue", c.overdue(), HomeCards.plural(card, c.overdue(), "home.followUps.overdue"),
                FollowUpListView.class, Map.of("show", "overdue")));
        card.add(HomeCards.countLink("home-follow-ups-due", c.dueSoon(), HomeCards.plural(card, c.dueSoon(), "home.followUps.dueSoon"),
                FollowUpListView.class, Map.of("show", "open")));
        if (pending + c.overdue() + c.dueSoon() == 0) {
            card.add(HomeCards.note(t("home.waiting.nothing")));
        }
        return card;
    }

    /** This month's NPS per branch beside last month's; a move counts only when the intervals part. */
    private Component customerNps(List<Branch> branches) {
        YearMonth month = YearMonth.now(clock.withZone(zone.zone()));
        Div card = HomeCards.card("home-customer-nps", t("home.nps.title"), false);
        for (Branch b : branches) {
            List<CustomerMetrics> months = metrics.trend(b.code(), month.minusMonths(1), month);
            NpsScore now = score(months, month);
            NpsScore before = score(months, month.minusMonths(1));
            Div row = new Div();
            row.addClassName("home-item");
            Span name = new Span(b.code() + " · " + b.name());
            name.addClassName("home-item-title");
            row.add(name);
            if (now == null || now.n() == 0) {
                row.add(HomeCards.note(t("home.nps.none")));
            } else {
                Span figure = new Span(signed(now.score()));
                figure.addClassName("home-figure");
                row.add(figure, HomeCards.note(t("home.nps.of", Formats.number(now.n(), locale()),
                        Math.round(now.margin()))));
                if (before != null && before.n() > 0) {
                    boolean clear = now.low() > before.high() || now.high() < before.low();
                    String prev = signed(before.score());
                    row.add(new Span(!clear ? t("home.trend.noClearChangeMonth", prev)
                            : now.score() > before.score() ? t("home.trend.upMonth", prev) : t("home.trend.downMonth", prev)));
                }
            }
            card.add(row);
        }
        card.add(HomeCards.open("home-nps-open", t("home.nps.open"), CustomerMetricsView.class));
        return card;
    }

    private static NpsScore score(List<CustomerMetrics> months, YearMonth m) {
        return months.stream().filter(x -> m.toString().equals(x.label())).map(CustomerMetrics::nps).findFirst()
                .orElse(null);
    }

    static String signed(double v) {
        long r = Math.round(v);
        return r > 0 ? "+" + r : r < 0 ? "−" + Math.abs(r) : "0";
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static java.util.Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
