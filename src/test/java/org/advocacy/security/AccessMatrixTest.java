package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.advocacy.shell.AccessDeniedView;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.security.ui.LoginView;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every route × every role (one role at a time) and anonymous: each gets exactly the access
 * docs/domain-rules.md#roles gives. A new view must be added to {@link #EXPECTED}, or this test fails. Refused means
 * the access-denied page (signed in) or the sign-in page (anonymous); a view that crashes, or anything else shown,
 * fails the test.
 */
class AccessMatrixTest extends KaribuTest {

    /** null = anonymous allowed; otherwise the roles that may open the route. */
    private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("", EnumSet.allOf(Role.class));
        EXPECTED.put("login", null);
        EXPECTED.put("setup", null);
        EXPECTED.put("employees", EnumSet.of(Role.HR));
        EXPECTED.put("employees/import", EnumSet.of(Role.HR));
        EXPECTED.put("departments", EnumSet.of(Role.HR));
        EXPECTED.put("admin/branches", EnumSet.of(Role.ADMIN));
        EXPECTED.put("admin/users", EnumSet.of(Role.ADMIN));
        EXPECTED.put("admin/api-tokens", EnumSet.of(Role.ADMIN));
        EXPECTED.put("admin/audit", EnumSet.of(Role.ADMIN));
        EXPECTED.put("admin/public-address", EnumSet.of(Role.ADMIN));
        EXPECTED.put("recognition", EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR, Role.LEADER));
        EXPECTED.put("recognition/profile", EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR, Role.LEADER));
        EXPECTED.put("recognition/gaps", EnumSet.of(Role.MANAGER, Role.HR));
        EXPECTED.put("recognition/leaderboard", EnumSet.of(Role.EMPLOYEE, Role.MANAGER, Role.HR, Role.LEADER));
        EXPECTED.put("recognition/values", EnumSet.of(Role.HR));
        EXPECTED.put("notifications", EnumSet.allOf(Role.class));
        // pulse surveys
        EXPECTED.put("my-pulse", EnumSet.allOf(Role.class));
        EXPECTED.put("pulse/results", EnumSet.of(Role.HR, Role.LEADER, Role.MANAGER));
        EXPECTED.put("pulse/programs", EnumSet.of(Role.HR));
        EXPECTED.put("pulse/import", EnumSet.of(Role.HR));
        // customer feedback
        EXPECTED.put("feedback/moderation", EnumSet.of(Role.MANAGER));
        EXPECTED.put("feedback/my-praise", EnumSet.allOf(Role.class));
        EXPECTED.put("my-photo", EnumSet.allOf(Role.class));
        EXPECTED.put("feedback/follow-ups", EnumSet.of(Role.MANAGER, Role.HR));
        EXPECTED.put("feedback/metrics", EnumSet.of(Role.MANAGER, Role.HR, Role.LEADER));
        EXPECTED.put("feedback/kiosks", EnumSet.of(Role.MANAGER));
        EXPECTED.put("feedback/import", EnumSet.of(Role.HR));
        EXPECTED.put("feedback/praise", EnumSet.of(Role.MANAGER, Role.HR, Role.LEADER));
        EXPECTED.put("feedback/touchpoints", EnumSet.of(Role.HR));
        EXPECTED.put("insights", EnumSet.of(Role.LEADER, Role.HR));
        EXPECTED.put("insights/branch/:code", EnumSet.of(Role.LEADER, Role.HR));
    }

    @Autowired
    UserRepository users;

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void eachRoleOpensExactlyItsRoutes() {
        long managerId = users.idOfEmail(SignIn.MANAGER).orElseThrow();
        StringBuilder wrong = new StringBuilder();
        for (Role role : Role.values()) {
            for (var e : EXPECTED.entrySet()) {
                boolean expected = e.getValue() == null || e.getValue().contains(role);
                boolean opened = opens(e.getKey(), Optional.of(new PortalUser(managerId, "matrix-" + role + "@test",
                        "Matrix " + role, null, "en", EnumSet.of(role), "", true)));
                if (expected != opened) {
                    wrong.append(role).append(" → /").append(e.getKey()).append(": expected ")
                            .append(expected ? "allowed" : "refused").append('\n');
                }
            }
        }
        for (var e : EXPECTED.entrySet()) {
            boolean expected = e.getValue() == null;
            if (opens(e.getKey(), Optional.empty()) != expected) {
                wrong.append("anonymous → /").append(e.getKey()).append(": expected ")
                        .append(expected ? "allowed" : "sent to sign-in").append('\n');
            }
        }
        if (!wrong.isEmpty()) {
            fail("Access differs from docs/domain-rules.md#roles:\n" + wrong);
        }
    }

    @Test
    void aViewThatCrashesFailsTheMatrixInsteadOfCountingAsRefused() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute(CrashingView.ROUTE, CrashingView.class);
        try {
            long managerId = users.idOfEmail(SignIn.MANAGER).orElseThrow();
            Optional<PortalUser> hr = Optional.of(new PortalUser(managerId, "matrix-crash@test", "Matrix crash", null,
                    "en", EnumSet.of(Role.HR), "", true));
            assertThatThrownBy(() -> opens(CrashingView.ROUTE, hr)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("/" + CrashingView.ROUTE);
        } finally {
            routes.removeRoute(CrashingView.ROUTE);
        }
    }

    /** A view that throws while it is built, as a broken query or a missing translation would. */
    @PermitAll
    static class CrashingView extends Div {
        static final String ROUTE = "matrix-crash-probe";
        static final String FAILURE = "the view broke while being built";

        CrashingView() {
            throw new IllegalStateException(FAILURE);
        }
    }

    /**
     * Navigates as the given user (or anonymous) and tells whether the route's own view is shown (true) or the
     * navigation was refused (false): the access-denied page for a signed-in user, the sign-in page for an anonymous
     * visitor. Anything else (the error page of a view that crashed, a navigation that threw) fails the test.
     */
    private boolean opens(String route, Optional<PortalUser> user) {
        restartUi();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        if (user.isPresent()) {
            var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((p, r) -> user.get().roles().stream().anyMatch(x -> x.name().equals(r)));
        } else {
            SecurityContextHolder.clearContext();
            request.setUserPrincipalInt(null);
            request.setUserInRole((p, r) -> false);
        }
        String who = user.map(u -> u.roles().toString()).orElse("anonymous");
        Class<? extends Component> target = RouteConfiguration.forApplicationScope().getRoute(route)
                .orElseThrow(() -> new AssertionError("No view is registered at /" + route));
        try {
            UI.getCurrent().navigate(route);
        } catch (RuntimeException crashed) {
            throw new AssertionError(who + " → /" + route + " threw instead of showing a view or refusing: " + crashed,
                    crashed);
        }
        Component shown = UI.getCurrent().getCurrentView();
        if (target.isInstance(shown)) {
            return true;
        }
        Class<? extends Component> refusal = user.isPresent() ? AccessDeniedView.class : LoginView.class;
        if (refusal.isInstance(shown)) {
            return false;
        }
        throw new AssertionError(who + " → /" + route + " showed " + shown.getClass().getSimpleName()
                + " (neither the view nor " + refusal.getSimpleName() + "): "
                + shown.getElement().getTextRecursively());
    }
}
