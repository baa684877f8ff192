package org.advocacy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.advocacy.org.BranchData;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.LoopbackProxy;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The database goes away under load (issue 13): API clients keep posting answers (one by one and in batches, each
 * with an {@code externalId}) while the embedded MariaDB is stopped and started again, then frozen with SIGSTOP
 * and thawed, and then, with the server running, its connections are cut by a loopback proxy between the portal and
 * the database ({@link LoopbackProxy}: every open connection reset mid-load, then every new one refused for a few
 * seconds). While it is away the API answers 503 with Retry-After, the public form gives back everything the
 * customer typed with a "Try again" button, and a screen shows the translated outage page. Afterwards, without a
 * restart of the portal: every answer a client was told is stored is stored exactly once, retried ones included
 * (a commit whose answer was cut off is the ambiguous case), and the screens work again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DatabaseFaultsIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Between the portal's pool and the embedded database, from the start: the network the third fault cuts. */
    static LoopbackProxy proxy;

    @TestConfiguration
    static class ThroughTheProxy {
        @Bean
        static BeanPostProcessor poolThroughLoopbackProxy() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool && proxy == null) {
                        Matcher port = Pattern.compile("//127\\.0\\.0\\.1:(\\d+)/").matcher(pool.getJdbcUrl());
                        assertThat(port.find()).as(pool.getJdbcUrl()).isTrue();
                        try {
                            proxy = new LoopbackProxy(Integer.parseInt(port.group(1)));
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                        pool.setJdbcUrl(port.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
                    }
                    return bean;
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    SignIn signIn;
    @Autowired
    OrgService org;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DSLContext dsl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the load clients saw: acknowledged external ids with the id they were given, and every 503. */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> surprises = new ConcurrentLinkedQueue<>();

    @org.junit.jupiter.api.AfterAll
    static void closeProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }

    @Test
    void theDatabaseGoingAwayMidLoadLosesNothingStoresNothingTwiceAndHealsWithoutARestart() throws Exception {
        String code = "FLT" + UniqueCodes.next();
        String auth;
        signIn.as(SignIn.ADMIN);
        try {
            org.createBranch(new BranchData(code, "Sen Spa Sự cố", "Huế", "Miền Trung", "", true));
            auth = "Bearer " + tokens.create(new ApiTokenData("faults " + UUID.randomUUID(),
                    Set.of(ApiScope.FEEDBACK_WRITE), null)).secret();
        } finally {
            signIn.out();
        }
        String prefix = "flt-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            clients.add(Thread.ofVirtual().start(() -> singles(auth, code, prefix + "s" + client + "-", running)));
        }
        clients.add(Thread.ofVirtual().start(() -> batches(auth, code, prefix + "b-", running)));

        try (Browser browser = new Browser(port)) {
            Page staff = browser.signIn(browser.desktop(), SignIn.ADMIN);
            Page phone = browser.phone();
            phone.navigate(browser.url("f/" + code + "?lang=en"));
            phone.locator("#nps input[value='9']").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
            phone.locator("#comment").fill("Chị Hoa rất chu đáo, typed before the outage");
            String submissionId = phone.locator("input[name='submissionId']").inputValue();
            awaitAcknowledged(acknowledged.size() + 20); // load is flowing

            // --- 1. the database stops ---
            database.db().stop();
            try {
                HttpResponse<String> api = postJson(auth, "/api/v1/feedback", item(code, prefix + "probe-1"));
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
                assertThat(api.body()).contains("\"error\":\"unavailable\"");

                phone.locator("#send").click();
                assertThat(phone.locator("#unavailable h1")).hasText("We could not save your answer just now");
                assertThat(phone.locator("blockquote.kept")).hasText("Chị Hoa rất chu đáo, typed before the outage");
                assertThat(phone.locator("input[name='submissionId']")).hasValue(submissionId);
                Browser.screenshot(phone, "database-outage-public-form");

                assertKeptAndRefused(code, "vi", 3, "Phòng hơi lạnh", "Thử lại");

                staff.navigate(browser.url("admin/users"));
                assertThat(staff.locator("#error-title")).hasText("The database is not answering",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
                assertThat(staff.content()).doesNotContain("Exception").doesNotContain("at org.");
            } finally {
                database.db().start();
            }
            awaitHealthy();

            // the customer presses "Try again": the thank-you page; the same submission again (a double tap, a
            // reload of the retry page) stores nothing more
            phone.locator("#retry").click();
            assertThat(phone.locator("#thanks")).isVisible();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url("/f/" + code)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("nps=9&comment=" + enc("again") + "&submissionId=" + submissionId))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(303);
            assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(submissionId))).isEqualTo(1);
            assertThat(dsl.fetchValue(CUSTOMER_FEEDBACK.COMMENT_TEXT, CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(submissionId)))
                    .isEqualTo("Chị Hoa rất chu đáo, typed before the outage");

            // --- 2. the database freezes (SIGSTOP) and thaws: once the load is acknowledged again ---
            awaitAcknowledged(acknowledged.size() + 20);
            long pid = mariadbPid();
            signal("STOP", pid);
            long asked = System.nanoTime();
            HttpResponse<String> frozen;
            try {
                frozen = postJson(auth, "/api/v1/feedback", item(code, prefix + "probe-2"));
            } finally {
                signal("CONT", pid);
            }
            long waitedMs = (System.nanoTime() - asked) / 1_000_000;
            System.out.printf("Frozen database: the API answered %d after %d ms%n", frozen.statusCode(), waitedMs);
            assertThat(frozen.statusCode()).isEqualTo(503);
            assertThat(frozen.headers().firstValue("Retry-After")).isPresent();
            awaitHealthy();
            awaitAcknowledged(acknowledged.size() + 20); // the load flows again after the thaw

            // --- 3. the server keeps running, the network between portal and database fails ---
            assertThat(proxy.relayed()).as("the portal reaches its database through the proxy").isPositive();
            int refusalsBefore = refusals.size();
            for (int i = 0; i < 3; i++) { // every open connection reset mid-load, three times
                proxy.cutAll();
                awaitAcknowledged(acknowledged.size() + 10);
            }
            proxy.refuse(true); // unreachable for a while: open connections reset, new ones too
            try {
                HttpResponse<String> api = postJson(auth, "/api/v1/feedback", item(code, prefix + "probe-3"));
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Retry-After")).isPresent();
                assertKeptAndRefused(code, "en", 4, "Cut off mid-visit", "Try again");
                pause(3000);
            } finally {
                proxy.refuse(false);
            }
            awaitHealthy();
            awaitAcknowledged(acknowledged.size() + 20); // and flows again, through new connections
            System.out.printf("Cut connections: %d sockets reset, %d refusals while cut%n", proxy.cut(),
                    refusals.size() - refusalsBefore);
            assertThat(proxy.cut()).isPositive();
        } finally {
            running.set(false);
            for (Thread t : clients) {
                t.join(Duration.ofSeconds(120));
            }
        }

        assertThat(surprises).isEmpty();
        assertThat(refusals).as("the clients met the outage").isNotEmpty();
        assertThat(refusals).allMatch(r -> r.startsWith("503 retry-after="), "every refusal is a 503 with Retry-After");
        assertThat(acknowledged).hasSizeGreaterThan(10);
        // every acknowledged answer is stored once, under the id the client was given; nothing else was stored
        Map<String, Long> stored = new java.util.HashMap<>();
        dsl.select(CUSTOMER_FEEDBACK.EXTERNAL_ID, CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(prefix))
                .forEach(r -> assertThat(stored.put(r.value1(), r.value2())).as("stored twice: " + r.value1()).isNull());
        Map<String, Long> singles = new java.util.HashMap<>(acknowledged);
        singles.values().removeIf(id -> id < 0); // batch items are acknowledged without their ids
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
        singles.forEach((ext, id) -> assertThat(stored.get(ext)).as(ext).isEqualTo(id));
        System.out.printf("Database faults: %d answers acknowledged and stored once, %d refusals (503) retried%n",
                acknowledged.size(), refusals.size());

        // the portal healed by itself: a screen reads the database again
        try (Browser browser = new Browser(port)) {
            Page page = browser.signIn(browser.desktop(), SignIn.ADMIN);
            page.navigate(browser.url("admin/users"));
            assertThat(page.locator("vaadin-grid vaadin-grid-cell-content")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("@senspa.vn")).first()).isVisible();
            page.context().close();
        }
    }

    /*
     * The clients keep to the token's rate limit (600 requests a minute in application.properties) as a well-behaved
     * point-of-sale system does: three single-answer clients at most two requests a second each and one batch client
     * at most one a second, about 420 a minute in all. A 429 would be a refusal that is not the outage's, and fails
     * the test below.
     */

    /** One answer after the other; an unanswered or refused one is sent again with the same external id. */
    private void singles(String auth, String code, String prefix, AtomicBoolean running) {
        for (int n = 0; running.get(); n++) {
            String ext = prefix + n;
            long id = -1;
            while (id < 0) {
                try {
                    HttpResponse<String> r = postJson(auth, "/api/v1/feedback", item(code, ext));
                    if (r.statusCode() == 201 || r.statusCode() == 200) {
                        Matcher m = ID.matcher(r.body());
                        id = m.find() ? Long.parseLong(m.group(1)) : -2;
                    } else {
                        refused(r);
                    }
                } catch (java.io.IOException e) {
                    refusals.add("503 retry-after=io " + e); // no answer: the client cannot know, so it retries
                } catch (Exception e) {
                    surprises.add(e);
                    return;
                }
                pause(id < 0 ? 1000 : 500);
            }
            acknowledged.put(ext, id);
        }
    }

    /** Batches of 20 with external ids; a refused batch is sent again as it was. */
    private void batches(String auth, String code, String prefix, AtomicBoolean running) {
        for (int n = 0; running.get(); n++) {
            List<String> ids = new ArrayList<>();
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 20; i++) {
                String ext = prefix + n + "-" + i;
                ids.add(ext);
                body.append(i == 0 ? "" : ",").append(item(code, ext));
            }
            body.append(']');
            boolean done = false;
            while (!done) {
                try {
                    HttpResponse<String> r = postJson(auth, "/api/v1/feedback/batch", body.toString());
                    done = r.statusCode() == 201 || r.statusCode() == 200;
                    if (!done) {
                        refused(r);
                    }
                } catch (java.io.IOException e) {
                    refusals.add("503 retry-after=io " + e);
                } catch (Exception e) {
                    surprises.add(e);
                    return;
                }
                if (!done) {
                    pause(1000);
                }
            }
            ids.forEach(ext -> acknowledged.put(ext, -1L));
            pause(1000);
        }
    }

    /**
     * A phone sends the form while the database is away: 503 with Retry-After, and the retry page in the phone's
     * language gives back what the customer typed, without a stack trace.
     */
    private void assertKeptAndRefused(String code, String language, int nps, String comment, String tryAgain)
            throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(url("/f/" + code)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString("nps=" + nps + "&comment=" + enc(comment) + "&submissionId="
                        + UUID.randomUUID()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.headers().firstValue("Retry-After")).isPresent();
        assertThat(form.body()).contains(tryAgain).contains(comment).doesNotContain("Exception");
    }

    private void refused(HttpResponse<String> r) {
        if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) {
            refusals.add("503 retry-after=" + r.headers().firstValue("Retry-After").get());
        } else {
            refusals.add(r.statusCode() + " " + r.body());
        }
    }

    private static String item(String branch, String externalId) {
        return """
                {"branch": "%s", "nps": 8, "comment": "Tải thử %s", "externalId": "%s"}""".formatted(branch, externalId,
                externalId);
    }

    private HttpResponse<String> postJson(String auth, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealthy() throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(30)).build();
        int status = 0;
        for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
            status = http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).isEqualTo(200);
    }

    /** The embedded server's process: the mariadbd started with this context's data folder. */
    private long mariadbPid() {
        String dataDir = database.dataDir().getAbsolutePath();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dataDir)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no mariadbd for " + dataDir)).pid();
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor()).isZero();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Waits (at most a minute) until the load clients have had at least this many answers acknowledged. */
    private void awaitAcknowledged(int atLeast) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (acknowledged.size() < atLeast) {
            assertThat(System.nanoTime()).as("acknowledged answers reach " + atLeast).isLessThan(deadline);
            pause(50);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
