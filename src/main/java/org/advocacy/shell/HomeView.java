package org.advocacy.shell;

import org.advocacy.kernel.ui.HomeSection;
import org.advocacy.kernel.ui.HomeCards;
import org.advocacy.kernel.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.advocacy.org.BranchHeadcount;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;

/**
 * The landing page after sign-in. What it shows follows the roles: everyone sees their own profile; managers,
 * HR and leaders the branches they look after; every role a card per screen it may open.
 */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(HomeView.class);

    HomeView(CurrentUser currentUser, OrgService org, RecognitionService recognition, OrgTimeZone zone,
            List<HomeSection> sections) {
        addClassName("home-view");
        PortalUser user = currentUser.require();
        H2 hello = new H2(getTranslation("home.hello", user.displayName()));
        hello.setId("home-hello");
        Div roles = new Div();
        roles.addClassName("role-badges");
        for (Role r : Role.values()) {
            if (user.has(r)) {
                Span badge = new Span(getTranslation("role." + r.name()));
                badge.getElement().getThemeList().add("badge");
                badge.addClassName("role-" + r.name().toLowerCase());
                roles.add(badge);
            }
        }
        add(hello, roles);
        // first what needs the user now: the wide sections (a leader's advocacy map), then one card per feature
        Div now = new Div();
        now.addClassNames("card-grid", "home-now");
        now.setId("home-now");
        List<Component> nowCards = new java.util.ArrayList<>();
        for (HomeSection section : sections) {
            java.util.Optional<Component> created;
            try {
                created = section.create();
            } catch (RuntimeException e) {
                // one feature's card must not take the whole home page down; the log has the detail
                LOG.warn("Home section {} failed", section.getClass(), e);
                continue;
            }
            created.ifPresent(c -> {
                if (section.wide()) {
                    add(c);
                } else if (c.getElement().getClassList().contains(HomeCards.GROUP)) {
                    nowCards.addAll(c.getChildren().toList());
                } else {
                    nowCards.add(c);
                }
            });
        }
        // work that waits (an unanswered pulse, praise to approve, late cases) before figures to read
        nowCards.stream().sorted(java.util.Comparator.comparing((Component c) -> !c.getElement().getClassList().contains("urgent")))
                .forEach(now::add);
        if (now.getComponentCount() > 0) {
            H3 title = new H3(getTranslation("home.now"));
            title.addClassName("home-section-title");
            add(title, now);
        }

        Div cards = new Div();
        cards.addClassName("card-grid");
        if (user.employeeId() != null) {
            org.ownProfile().ifPresent(e -> cards.add(profileCard(e)));
        }
        if (user.has(Role.MANAGER) || user.has(Role.HR) || user.has(Role.LEADER)) {
            cards.add(branchesCard(org.headcountInScope(), user.has(Role.MANAGER) && !user.has(Role.HR) && !user.has(Role.LEADER)));
        }
        if (user.has(Role.EMPLOYEE) || user.has(Role.MANAGER) || user.has(Role.HR) || user.has(Role.LEADER)) {
            cards.add(recognitionCard(recognition.feed(null, 0, 3), zone));
        }
        add(cards);

        List<MenuEntry> entries = MenuConfiguration.getMenuEntries().stream()
                .filter(e -> e.menuClass() != HomeView.class).toList();
        if (!entries.isEmpty()) {
            H3 linksTitle = new H3(getTranslation("home.whatYouCanDo"));
            linksTitle.addClassName("home-links-title");
            add(linksTitle);
            Div links = new Div();
            links.addClassName("card-grid");
            links.setId("home-links");
            for (MenuEntry e : entries) {
                Div card = new Div();
                card.addClassName("card");
                card.addClassName("link-card");
                RouterLink link = new RouterLink();
                link.setRoute(e.menuClass());
                link.setText(getTranslation(e.title()));
                card.add(link, new Paragraph(getTranslation(e.title() + ".about")));
                links.add(card);
            }
            add(links);
        }
    }

    private Component profileCard(Employee e) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("home-profile");
        card.add(new H3(getTranslation("home.profile")));
        card.add(line("employee.branch", e.branchCode()), line("employee.department", e.departmentName()),
                line("employee.jobTitle", e.jobTitle()),
                line("employee.hireDate", Formats.date(e.hireDate(), getLocale())));
        return card;
    }

    private Component branchesCard(List<BranchHeadcount> branches, boolean own) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("home-branches");
        card.add(new H3(getTranslation(own ? "home.myBranches" : "home.branches")));
        if (branches.isEmpty()) {
            card.add(new Paragraph(getTranslation("home.noBranches")));
        }
        for (BranchHeadcount b : branches) {
            Div row = new Div(new Span(b.code() + " · " + b.name()),
                    new Span(getTranslation("home.staffCount", Formats.number(b.activeStaff(), getLocale()))));
            row.addClassName("branch-row");
            card.add(row);
        }
        return card;
    }

    /** The latest recognition shared with the whole company and approved customer praise. */
    private Component recognitionCard(List<FeedItem> latest, OrgTimeZone zone) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("home-recognition");
        RouterLink title = new RouterLink();
        title.setRoute(org.advocacy.recognition.ui.RecognitionFeedView.class);
        title.setText(getTranslation("home.recentRecognition"));
        card.add(new H3(title));
        if (latest.isEmpty()) {
            card.add(new Paragraph(getTranslation("recognition.feed.empty")));
        }
        for (FeedItem item : latest) {
            Span who = new Span(item.praise()
                    ? getTranslation("recognition.card.praise", item.recipients().get(0).fullName(),
                            item.recipients().get(0).branchCode())
                    : getTranslation("recognition.card.who", item.giverName(),
                            String.join(", ", item.recipients().stream().map(r -> r.fullName()).toList())));
            who.addClassName("home-recognition-who");
            Span when = new Span(item.praise()
                    ? Formats.date(item.createdAt().atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(zone.zone())
                            .toLocalDate(), getLocale())
                    : Formats.dateTime(item.createdAt(), zone.zone(), getLocale()));
            when.addClassName("home-recognition-when");
            Div entry = new Div(who, new Paragraph(item.message()), when);
            entry.addClassName("home-recognition-item");
            card.add(entry);
        }
        return card;
    }

    private Component line(String labelKey, String value) {
        Div row = new Div(new Span(getTranslation(labelKey)), new Span(value));
        row.addClassName("profile-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
