package org.advocacy.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ui.Formats;
import org.advocacy.kernel.ui.HomeCards;
import org.advocacy.kernel.ui.HomeSection;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.LeaderboardService;
import org.advocacy.recognition.RecognitionGap;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import org.springframework.core.annotation.Order;

/**
 * Recognition's part of the home page: what the person received lately (colleagues' recognition and approved
 * customer praise), and for a manager the people of their branches nobody has recognised lately.
 */
@org.springframework.stereotype.Component
@Order(30)
class RecognitionHomeSection implements HomeSection {

    /** Entries younger than this count as new on the home page. */
    static final int NEW_DAYS = 30;

    private final CurrentUser currentUser;
    private final RecognitionService recognition;
    private final LeaderboardService leaderboards;
    private final OrgTimeZone zone;
    private final Clock clock;

    RecognitionHomeSection(CurrentUser currentUser, RecognitionService recognition, LeaderboardService leaderboards,
            OrgTimeZone zone, Clock clock) {
        this.currentUser = currentUser;
        this.recognition = recognition;
        this.leaderboards = leaderboards;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        PortalUser user = currentUser.require();
        Div box = new Div();
        box.addClassName(HomeCards.GROUP);
        if (user.employeeId() != null && (user.has(Role.EMPLOYEE) || user.has(Role.MANAGER))) {
            box.add(received());
        }
        if (user.has(Role.MANAGER)) {
            box.add(gaps());
        }
        return box.getComponentCount() == 0 ? Optional.empty() : Optional.of(box);
    }

    private Component received() {
        LocalDateTime since = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(NEW_DAYS);
        List<FeedItem> fresh = recognition.profileEntries(null, 0, 20).stream()
                .filter(i -> i.createdAt().isAfter(since)).toList();
        Div card = HomeCards.card("home-new-praise", t("home.praise.title"), false);
        card.add(HomeCards.countLink("home-new-praise-count", fresh.size(), HomeCards.plural(card, fresh.size(), "home.praise.count", NEW_DAYS),
                RecognitionProfileView.class, Map.of()));
        for (FeedItem item : fresh.stream().limit(3).toList()) {
            Div row = new Div();
            row.addClassName("home-item");
            Span who = new Span(item.praise() ? t("home.praise.fromCustomer") : item.giverName());
            who.addClassName("home-item-title");
            Paragraph text = new Paragraph(item.message());
            text.addClassName("home-quote");
            row.add(who, text, HomeCards.note(Formats.dateTime(item.createdAt(), zone.zone(), locale())));
            card.add(row);
        }
        if (fresh.isEmpty()) {
            card.add(HomeCards.note(t("home.praise.none")));
        }
        return card;
    }

    private Component gaps() {
        int days = leaderboards.defaultGapDays();
        int count = leaderboards.gapCount(days);
        Div card = HomeCards.card("home-gaps", t("home.gaps.title"), false);
        card.add(HomeCards.countLink("home-gaps-count", count, HomeCards.plural(card, count, "home.gaps.count", days), RecognitionGapsView.class,
                Map.of()));
        List<RecognitionGap> first = count == 0 ? List.of() : leaderboards.gaps(days, 0, 3);
        for (RecognitionGap g : first) {
            Span name = new Span(g.person().fullName() + " · " + (g.person().jobTitle() == null ? g.person().branchCode()
                    : g.person().jobTitle()));
            name.addClassName("home-gap-person");
            card.add(new Div(name));
        }
        return card;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static java.util.Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
