package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;

/**
 * Regression test for the {@code /VAADIN} path bypass fixed in Vaadin 25.0.2 (CVE-2026-2742), against the real
 * server (Tomcat, Spring Security and the Vaadin servlet together): without signing in, {@code /VAADIN} without a
 * trailing slash, its variants, and every route of the portal (found by scanning for {@code @Route}) reach no
 * protected content: they answer a redirect to the sign-in page or an error, never a signed-in screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VaadinPathBypassIT {

    /** Text only the signed-in frame and screens contain (navigation, home greeting, staff e-mails). */
    private static final List<String> PROTECTED_MARKERS = List.of("main-nav", "home-hello", "@senspa.vn");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Every protected route path, parameters filled with 1. */
    static Set<String> protectedRoutes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> paths = new TreeSet<>();
        for (var bean : scanner.findCandidateComponents("org.advocacy")) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            String path = view.getAnnotation(Route.class).value();
            paths.add(path.replaceAll(":[^/]+", "1"));
        }
        return paths;
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertNoProtectedContent(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        String location = r.headers().firstValue("Location").orElse("");
        System.out.printf("unauthenticated GET %-45s -> %d %s%n", pathAndQuery, r.statusCode(), location);
        assertThat(r.statusCode()).as(pathAndQuery).isNotEqualTo(200);
        if (r.statusCode() / 100 == 3) {
            assertThat(location).as(pathAndQuery + " redirects to the sign-in page").endsWith("/login");
        } else {
            assertThat(r.statusCode()).as(pathAndQuery).isIn(401, 403, 404, 405);
        }
        for (String marker : PROTECTED_MARKERS) {
            assertThat(r.body()).as(pathAndQuery).doesNotContain(marker);
        }
    }

    @Test
    void theVaadinPathWithoutTrailingSlashAndItsVariantsRevealNothing() throws Exception {
        for (String path : List.of("/VAADIN", "/VAADIN?v-r=init&location=", "/VAADIN?v-r=init&location=employees",
                "/VAADIN/?v-r=init&location=employees", "/VAADIN;x=1", "/VAADIN/..;/employees", "/VAADIN%2F..%2Femployees",
                "/VAADIN/../employees", "/vaadin", "/VAADIN/employees")) {
            HttpResponse<String> r = get(path);
            System.out.printf("unauthenticated GET %-45s -> %d %s%n", path, r.statusCode(),
                    r.headers().firstValue("Location").orElse(""));
            for (String marker : PROTECTED_MARKERS) {
                assertThat(r.body()).as(path).doesNotContain(marker);
            }
            assertThat(r.statusCode() == 200 && r.body().contains("\"uidl\"")).as(path + " renders no UI").isFalse();
        }
    }

    @Test
    void everyProtectedRouteSendsStrangersToTheSignInPage() throws Exception {
        Set<String> routes = protectedRoutes();
        assertThat(routes).as("the scan found the portal's screens").hasSizeGreaterThan(10).contains("employees");
        List<String> checked = new ArrayList<>();
        for (String route : routes) {
            String path = "/" + route;
            assertNoProtectedContent(path);
            assertNoProtectedContent(path + "/");
            assertNoProtectedContent("/VAADIN/.." + path);
            checked.add(path);
        }
        System.out.println("Checked " + checked.size() + " protected routes: " + checked);
    }
}
