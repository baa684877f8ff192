package org.advocacy.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The portal's traffic mix against a running portal (issue 13), each virtual user as a real client does it:
 * <ul>
 * <li><b>staff</b>: an employee signs in through the login form (Spring's CSRF token from the page), opens the UI
 * (Vaadin's {@code v-r=init}: security key, sync and client ids), navigates to the pulse screen and answers it by
 * clicking a score and the submit button through Vaadin's UIDL protocol (node ids read from the server's changes);
 * <li><b>leaders</b>: a leader, HR or a manager signs in and opens the pulse results, the advocacy map and the
 * customer metrics;
 * <li><b>customers</b>: a phone opens a branch's public form and sends it (GET then POST, the submission id from the
 * page), each from its own address ({@code X-Forwarded-For}, the portal started with {@code TRUSTED_PROXIES=127.0.0.1});
 * <li><b>kiosks</b>: a counter tablet's device link ({@link Kiosks}: made by the demo's manager through the UI before
 * the load) shows its form, a customer scores the visit and praises a person picked on the form, the tablet shows its
 * thank-you page;
 * <li><b>pos</b>: a point-of-sale system posts batches of 100 answers and single answers with external ids.
 * </ul>
 * Modes ({@code -Dload.mode}): {@code smoke} (about a minute, CI), {@code soak} (one hour), {@code rate} (one level
 * for {@code -Dload.seconds}, scaled by {@code -Dload.scale}; load/capacity.sh steps it). Before the load,
 * {@link MemoryProbe} measures the heap retained per signed-in staff UI and per public visit.
 */
public class PortalSimulation extends Simulation {

    static final String URL = System.getProperty("load.url", "http://127.0.0.1:8181");
    static final String TOKEN = System.getProperty("load.token", "load-harness-token-0123456789abcdef");
    static final String MODE = System.getProperty("load.mode", "smoke");
    static final double SCALE = Double.parseDouble(System.getProperty("load.scale", "1"));
    static final String PASSWORD = System.getProperty("load.password", "demo-senspa");

    static final List<String> BRANCHES = Demo.branches(URL, TOKEN);
    static final List<String> EMPLOYEES = Demo.employees(URL, TOKEN);
    static final List<String> LEADERS = List.of("hung.vo@senspa.vn", "thao.pham@senspa.vn", "minh.le@senspa.vn");
    static final String MANAGER = "minh.le@senspa.vn";
    static final AtomicInteger NEXT = new AtomicInteger();

    static {
        if (!"false".equals(System.getProperty("load.memory"))) {
            MemoryProbe.run(URL, PASSWORD, EMPLOYEES, BRANCHES);
        }
    }

    /** Two counter tablets at the manager's branch, made after the memory probe so they are not in its figures. */
    static final List<String> KIOSKS = Kiosks.create(URL, MANAGER, PASSWORD, 2);

    HttpProtocolBuilder protocol = http.baseUrl(URL).acceptLanguageHeader("en").userAgentHeader("advocacy-load")
            .disableCaching().shareConnections().warmUp(URL + "/actuator/health");

    static Iterator<Map<String, Object>> people(List<String> emails) {
        return Stream.generate(() -> Map.<String, Object>of("email",
                emails.get(Math.floorMod(NEXT.getAndIncrement(), emails.size())))).iterator();
    }

    /** Sign-in form, then a Vaadin UI: the security key and the ids every later UIDL request must carry. */
    static ChainBuilder signIn(String who) {
        return exec(http(who + ": login page").get("/login").check(status().is(200))
                .check(css("meta[name='_csrf']", "content").saveAs("csrf")))
                .exec(http(who + ": sign in").post("/login").formParam("username", "#{email}")
                        .formParam("password", PASSWORD).formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(l -> !l.contains("error")).is(true)))
                .exec(http(who + ": open UI").get("/?v-r=init&location=&query=").check(status().is(200))
                        .check(jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("key"))
                        .check(jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"))
                        .check(jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId")));
    }

    /** One UIDL round trip (a navigation or a click); the server's next sync and client ids are kept. */
    static io.gatling.javaapi.http.HttpRequestActionBuilder uidl(String name, String rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=0").header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{key}\",\"rpc\":[" + rpc + "],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200), bodyString().transform(b -> !b.contains("sessionExpired")
                        && !b.contains("appError")).is(true))
                .check(regex("\"syncId\":(\\d+)").saveAs("syncId"))
                .check(regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    static String navigate(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
    }

    /** The node id of the element whose id attribute matches, in the server's changes of a UIDL response. */
    static String nodeWithId(String idPattern) {
        return "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + idPattern + "\"";
    }

    static String click(String nodeVar) {
        return "{\"type\":\"event\",\"node\":#{" + nodeVar + "},\"event\":\"click\",\"data\":{}}";
    }

    ScenarioBuilder staff = scenario("staff").feed(people(EMPLOYEES)).exec(signIn("staff"))
            .exec(uidl("staff: pulse screen", navigate("my-pulse"))
                    .check(regex(nodeWithId("pulse-score-\\d+-8")).optional().saveAs("score"))
                    .check(regex(nodeWithId("pulse-submit-\\d+")).optional().saveAs("submit")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .doIf(session -> session.contains("score") && session.contains("submit")).then(
                    exec(uidl("staff: choose score", click("score")))
                            .exec(uidl("staff: submit pulse", click("submit"))
                                    .check(substring("Your answer was stored anonymously"))));

    ScenarioBuilder leaders = scenario("leaders").feed(people(LEADERS)).exec(signIn("leader"))
            .exec(uidl("leader: pulse results", navigate("pulse/results")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(uidl("leader: advocacy map", navigate("insights")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(uidl("leader: customer metrics", navigate("feedback/metrics")));

    ScenarioBuilder customers = scenario("customers")
            .exec(session -> session.set("branch", BRANCHES.get(ThreadLocalRandom.current().nextInt(BRANCHES.size())))
                    .set("ip", "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current()
                            .nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255))
                    .set("nps", ThreadLocalRandom.current().nextInt(11)))
            .exec(http("public: form").get("/f/#{branch}?lang=vi").header("X-Forwarded-For", "#{ip}")
                    .check(status().is(200), css("input[name='submissionId']", "value").saveAs("submissionId"))
                    .check(header("Set-Cookie").notExists()))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(http("public: send").post("/f/#{branch}").header("X-Forwarded-For", "#{ip}")
                    .formParam("submissionId", "#{submissionId}").formParam("lang", "vi").formParam("nps", "#{nps}")
                    .formParam("csat", "4").formParam("ces", "6").formParam("comment", "Nhân viên rất chu đáo, phòng sạch sẽ")
                    .formParam("website", "").disableFollowRedirect().check(status().is(303)))
            .exec(http("public: thanks").get("/f/#{branch}/thanks?lang=vi").header("X-Forwarded-For", "#{ip}")
                    .check(status().is(200)));

    ScenarioBuilder kiosks = scenario("kiosks")
            .exec(session -> session.set("kiosk", KIOSKS.get(ThreadLocalRandom.current().nextInt(KIOSKS.size())))
                    .set("nps", ThreadLocalRandom.current().nextInt(11)))
            .exec(http("kiosk: form").get("#{kiosk}?lang=vi")
                    .check(status().is(200), css("input[name='submissionId']", "value").saveAs("submissionId"))
                    .check(css("input[name='employee']", "value").findAll().optional().saveAs("staffTokens"))
                    .check(header("Set-Cookie").notExists()))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(session -> {
                // the person the customer praises: one of the people the form offers (none: the praise stays general)
                List<String> offered = session.contains("staffTokens") ? session.getList("staffTokens") : List.of();
                List<String> people = offered.stream().filter(t -> !t.isEmpty()).toList();
                return session.set("employee", people.isEmpty() ? ""
                        : people.get(ThreadLocalRandom.current().nextInt(people.size())));
            })
            .exec(http("kiosk: send").post("#{kiosk}").formParam("submissionId", "#{submissionId}")
                    .formParam("lang", "vi").formParam("nps", "#{nps}").formParam("employee", "#{employee}")
                    .formParam("praise", "Chị ấy tư vấn rất tận tình").formParam("website", "")
                    .disableFollowRedirect().check(status().is(303)))
            .exec(http("kiosk: thanks").get("#{kiosk}/thanks?lang=vi").check(status().is(200)));

    ScenarioBuilder pos = scenario("pos")
            .exec(session -> session.set("batch", batch(100)).set("single", item(UUID.randomUUID().toString())))
            .exec(http("api: feedback batch (100)").post("/api/v1/feedback/batch").header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").body(StringBody("#{batch}")).check(status().in(200, 201)))
            .exec(http("api: feedback single").post("/api/v1/feedback").header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").body(StringBody("#{single}")).check(status().in(200, 201)));

    static String batch(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(item(UUID.randomUUID().toString()));
        }
        return b.append(']').toString();
    }

    static String item(String externalId) {
        String branch = BRANCHES.get(ThreadLocalRandom.current().nextInt(BRANCHES.size()));
        return "{\"branch\":\"" + branch + "\",\"nps\":" + ThreadLocalRandom.current().nextInt(11)
                + ",\"comment\":\"POS load\",\"externalId\":\"load-" + externalId + "\"}";
    }

    /** Every request type, in the order of the printed report. */
    static final List<String> REQUESTS = List.of("staff: login page", "staff: sign in", "staff: open UI",
            "staff: pulse screen", "staff: choose score", "staff: submit pulse", "leader: login page", "leader: sign in",
            "leader: open UI", "leader: pulse results", "leader: advocacy map", "leader: customer metrics",
            "public: form", "public: send", "public: thanks", "kiosk: form", "kiosk: send", "kiosk: thanks",
            "api: feedback batch (100)", "api: feedback single");

    /** Arrivals per second of each scenario at scale 1: the morning a pulse opens, in miniature. */
    static final Map<String, Double> RATES = Map.of("staff", 0.5, "leaders", 0.1, "customers", 1.0, "kiosks", 0.2,
            "pos", 0.1);

    OpenInjectionStep[] profile(String name) {
        double rate = RATES.get(name) * SCALE;
        List<OpenInjectionStep> steps = new ArrayList<>();
        switch (MODE) {
            case "soak" -> {
                steps.add(rampUsersPerSec(0).to(rate).during(Duration.ofMinutes(2)));
                steps.add(constantUsersPerSec(rate).during(Duration.ofMinutes(58)));
            }
            case "rate" -> steps.add(constantUsersPerSec(rate).during(Duration.ofSeconds(Long.getLong("load.seconds", 60))));
            default -> { // smoke: a short, light run that must pass on a busy 2-core machine
                steps.add(constantUsersPerSec(rate).during(Duration.ofSeconds(Long.getLong("load.seconds", 45))));
            }
        }
        return steps.toArray(OpenInjectionStep[]::new);
    }

    {
        List<PopulationBuilder> populations = List.of(staff.injectOpen(profile("staff")),
                leaders.injectOpen(profile("leaders")), customers.injectOpen(profile("customers")),
                kiosks.injectOpen(profile("kiosks")),
                pos.injectOpen(profile("pos")));
        // Gatling prints each assertion with its actual value: these always-true ones are the per-type report
        // (throughput, p50/p95/p99, errors) that load/run.sh turns into a table; only the error share can fail the run
        List<io.gatling.javaapi.core.Assertion> report = new ArrayList<>();
        for (String name : REQUESTS) {
            report.add(details(name).requestsPerSec().gte(0.0));
            report.add(details(name).responseTime().percentile(50.0).gte(0));
            report.add(details(name).responseTime().percentile(95.0).gte(0));
            report.add(details(name).responseTime().percentile(99.0).gte(0));
            report.add(details(name).failedRequests().count().gte(0L));
        }
        report.add(global().failedRequests().percent().lt(Double.parseDouble(System.getProperty("load.maxErrors", "5"))));
        setUp(populations).protocols(protocol).maxDuration(Duration.ofMinutes("soak".equals(MODE) ? 65 : 10))
                .assertions(report);
    }
}
