package org.advocacy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.kernel.db.RequestTimeLimitFilter;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 14: a request whose database work runs over its limit is cut off on the server, the client gets 503 with
 * Retry-After and the API's JSON error, and the portal stays healthy for the next request. The slow request goes
 * through the portal's own filter (with a 1 s request limit) and API error handler to a test-only endpoint that
 * runs {@code SELECT SLEEP(n)} through the portal's jOOQ (and so through its time-limit listener).
 */
@PortalTest
class RequestTimeLimitTest {

    /** Test only, never part of the portal: sleeps n seconds in the database. Nested in a test: never scanned. */
    @RestController
    static class SlowQueryApi {

        private final DSLContext dsl;

        SlowQueryApi(DSLContext dsl) {
            this.dsl = dsl;
        }

        @GetMapping("/api/v1/test/sleep")
        Map<String, Object> sleep(@RequestParam double seconds) {
            return Map.of("slept", sleepInDatabase(dsl, seconds));
        }
    }

    /** SLEEP(n) in MariaDB: 0 when it slept the whole time. */
    static Integer sleepInDatabase(DSLContext dsl, double seconds) {
        return dsl.select(DSL.function("SLEEP", Integer.class, DSL.val(seconds))).fetchOne(0, Integer.class);
    }

    @Autowired
    WebApplicationContext wac;
    @Autowired
    ApiExceptionHandler apiErrors;
    @Autowired
    RequestTimeLimitFilter portalFilter;
    @Autowired
    DatabaseTimeLimit portalLimit;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    /** The portal's limits as configured here, but 1 s per request and 3 s per import. */
    final DatabaseTimeLimit shortLimit = new DatabaseTimeLimit(Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(300), List.of("/api/v1/pulse-answers/import", "/api/v1/feedback/batch"));
    MockMvc slow;
    MockMvc portal;

    @BeforeEach
    void setUp() {
        slow = MockMvcBuilders.standaloneSetup(new SlowQueryApi(dsl)).setControllerAdvice(apiErrors)
                .addFilters(new RequestTimeLimitFilter(shortLimit)).build();
        // the real filter is registered with the servlet container by Spring Boot; MockMvc needs it added by hand
        portal = MockMvcBuilders.webAppContextSetup(wac).addFilters(portalFilter)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private String bearer() {
        signIn.as(SignIn.ADMIN);
        try {
            return "Bearer " + tokens.create(new ApiTokenData("time limit " + UUID.randomUUID(),
                    Set.of(ApiScope.ADMIN), null)).secret();
        } finally {
            signIn.out();
        }
    }

    @Test
    void aSlowQueryIsCutOffWith503AndThePortalStaysHealthy() throws Exception {
        slow.perform(get("/api/v1/test/sleep").param("seconds", "0.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slept").value(0));

        slow.perform(get("/api/v1/test/sleep").param("seconds", "6"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.error").value("timeout"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Retry-After")));
        // the server stopped the statement: no SLEEP left running in the database
        assertThat(dsl.fetchCount(DSL.table(DSL.name("information_schema", "PROCESSLIST")),
                DSL.field(DSL.name("INFO"), String.class)
                        .like(DSL.concat(DSL.inline("%SLE"), DSL.inline("EP(6%"))))).isZero(); // no self-match

        // the portal goes on: the next requests (through the portal's own filter and security) work
        String bearer = bearer();
        portal.perform(get("/api/v1/branches").header("Authorization", bearer)).andExpect(status().isOk());
        portal.perform(get("/api/v1/employees").param("size", "5").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5));
    }

    @Test
    void theMessageIsVietnameseWhenAsked() throws Exception {
        slow.perform(get("/api/v1/test/sleep").param("seconds", "6").header("Accept-Language", "vi"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("vượt quá thời gian")));
    }

    @Test
    void backgroundWorkHasItsOwnLimits() {
        // a deadline taken by background work (e.g. a view's background task) stops its statements the same way
        assertThatThrownBy(() -> portalLimit.within(Duration.ofSeconds(1), () -> sleepInDatabase(dsl, 6)))
                .isInstanceOf(QueryTimeoutException.class)
                .satisfies(e -> assertThat(DatabaseTimeLimit.isTimeout(e)).isTrue());
        // a deadline that is used up lets no further statement start
        assertThatThrownBy(() -> portalLimit.within(Duration.ofMillis(1), () -> {
            sleepQuietly(20);
            return dsl.fetchCount(DSL.selectOne());
        })).isInstanceOf(DatabaseTimeLimit.DatabaseTimeoutException.class);
        // outside any deadline a statement gets the background limit (300 s by default), so a short sleep completes
        assertThat(sleepInDatabase(dsl, 1.2)).isZero();
    }

    @Test
    void requestsGetTheConfiguredLimitsAndImportsTheLongerOne() {
        assertThat(portalLimit.requestLimit()).isEqualTo(Duration.ofSeconds(15));
        assertThat(portalLimit.backgroundLimit()).isEqualTo(Duration.ofSeconds(300));
        assertThat(portalLimit.limitForPath("/api/v1/feedback/batch")).isEqualTo(Duration.ofSeconds(120));
        assertThat(portalLimit.limitForPath("/api/v1/pulse-answers/import")).isEqualTo(Duration.ofSeconds(120));
        assertThat(portalLimit.limitForPath("/api/v1/employees")).isEqualTo(Duration.ofSeconds(15));
        assertThat(shortLimit.limitForPath("/employees")).isEqualTo(Duration.ofSeconds(1));
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
