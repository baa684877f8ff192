package org.advocacy.shell;

import java.util.List;
import java.util.Map;
import org.advocacy.security.PortalUser;
import org.advocacy.security.Role;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * Which group of the side navigation a screen belongs to, by the task it serves rather than the feature that owns
 * it. Screens this list does not name (a feature's new screen) fall into a group by their menu order, so a new
 * {@code @Menu} entry lands somewhere sensible without touching this class.
 */
final class NavGroups {

    /** The groups in the order the navigation shows them; the key is the translation key suffix. */
    enum Group {
        TOP, MY_WORK, MY_BRANCH, PEOPLE, SURVEYS, CUSTOMERS, ADMINISTRATION;

        String titleKey() {
            return "nav.group." + switch (this) {
                case TOP -> "top";
                case MY_WORK -> "myWork";
                case MY_BRANCH -> "myBranch";
                case PEOPLE -> "people";
                case SURVEYS -> "surveys";
                case CUSTOMERS -> "customers";
                case ADMINISTRATION -> "administration";
            };
        }
    }

    private static final Map<String, Group> BY_TITLE = Map.ofEntries(
            Map.entry("nav.home", Group.TOP), Map.entry("nav.insights", Group.TOP),
            Map.entry("nav.myPulse", Group.MY_WORK), Map.entry("nav.myPraise", Group.MY_WORK),
            Map.entry("nav.recognition", Group.MY_WORK), Map.entry("nav.recognitionProfile", Group.MY_WORK),
            Map.entry("nav.leaderboard", Group.MY_WORK), Map.entry("nav.notifications", Group.MY_WORK),
            Map.entry("nav.myPhoto", Group.MY_WORK),
            Map.entry("nav.praiseModeration", Group.MY_BRANCH), Map.entry("nav.followUps", Group.MY_BRANCH),
            Map.entry("nav.kiosks", Group.MY_BRANCH), Map.entry("nav.recognitionGaps", Group.MY_BRANCH),
            Map.entry("nav.employees", Group.PEOPLE), Map.entry("nav.employeeImport", Group.PEOPLE),
            Map.entry("nav.departments", Group.PEOPLE), Map.entry("nav.companyValues", Group.PEOPLE),
            Map.entry("nav.pulseResults", Group.SURVEYS), Map.entry("nav.pulsePrograms", Group.SURVEYS),
            Map.entry("nav.pulseImport", Group.SURVEYS),
            Map.entry("nav.customerMetrics", Group.CUSTOMERS), Map.entry("nav.branchPraise", Group.CUSTOMERS),
            Map.entry("nav.feedbackImport", Group.CUSTOMERS), Map.entry("nav.touchpoints", Group.CUSTOMERS),
            Map.entry("nav.branches", Group.ADMINISTRATION), Map.entry("nav.users", Group.ADMINISTRATION),
            Map.entry("nav.apiTokens", Group.ADMINISTRATION), Map.entry("nav.audit", Group.ADMINISTRATION),
            Map.entry("nav.publicAddress", Group.ADMINISTRATION));

    private NavGroups() {
    }

    static Group of(MenuEntry entry, PortalUser user) {
        Group g = BY_TITLE.get(entry.title());
        if (g == null) {
            g = byOrder(entry.order());
        }
        // HR and leaders have no branch of their own: the branch manager's screens they may open sit with their topic
        if (g == Group.MY_BRANCH && (user == null || !user.has(Role.MANAGER))) {
            g = "nav.recognitionGaps".equals(entry.title()) ? Group.PEOPLE : Group.CUSTOMERS;
        }
        return g;
    }

    private static Group byOrder(Double order) {
        double o = order == null ? 45 : order;
        if (o < 10) {
            return Group.TOP;
        } else if (o < 20) {
            return Group.PEOPLE;
        } else if (o < 30) {
            return Group.SURVEYS;
        } else if (o < 40) {
            return Group.CUSTOMERS;
        } else if (o < 50) {
            return Group.MY_WORK;
        }
        return Group.ADMINISTRATION;
    }

    static List<Group> all() {
        return List.of(Group.values());
    }
}
