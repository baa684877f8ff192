package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.advocacy.kernel.RateLimits;
import org.advocacy.kernel.RateLimits.Decision;
import org.advocacy.kernel.RateLimits.Limit;
import org.advocacy.kernel.internal.RateLimitBucketRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits hold across nodes (issue 13, decision 0037): node A is this application context, node B a second set
 * of limiters over its own connection pool to the same database, as a second portal process would have.
 */
@PortalTest
class SharedRateLimitsTest {

    static HikariDataSource nodeBPool;
    static RateLimits nodeB;

    @Autowired
    RateLimits nodeA;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    JsonMapper json;

    @BeforeAll
    static void startNodeB(@Autowired DataSource dataSource) throws Exception {
        HikariDataSource a = dataSource.unwrap(HikariDataSource.class);
        nodeBPool = new HikariDataSource();
        nodeBPool.setJdbcUrl(a.getJdbcUrl());
        nodeBPool.setUsername(a.getUsername());
        nodeBPool.setPassword(a.getPassword());
        nodeBPool.setMaximumPoolSize(4);
        nodeBPool.setPoolName("node-b");
        nodeB = new RateLimits(new RateLimitBucketRepository(DSL.using(nodeBPool, SQLDialect.MARIADB)));
    }

    @AfterAll
    static void stopNodeB() {
        nodeBPool.close();
    }

    private static Limit limit(int capacity, Duration period) {
        return new Limit("t-" + UUID.randomUUID().toString().substring(0, 8), capacity, period);
    }

    @Test
    void twoNodesTakeFromOneBudget() {
        Limit l = limit(6, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.take(l, "client-1").granted()).as("A, request %d", i + 1).isTrue();
            assertThat(nodeB.take(l, "client-1").granted()).as("B, request %d", i + 1).isTrue();
        }
        Decision a = nodeA.take(l, "client-1");
        Decision b = nodeB.take(l, "client-1");
        assertThat(a.granted()).as("the seventh request, on A").isFalse();
        assertThat(b.granted()).as("the eighth request, on B").isFalse();
        assertThat(nodeA.exhausted(l, "client-1")).isTrue();
        assertThat(nodeB.exhausted(l, "client-1")).isTrue();
        // one token comes back every 10 minutes; the first of the six was taken moments ago
        assertThat(b.retryAfter()).isGreaterThan(Duration.ofMinutes(9)).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(nodeB.take(l, "client-2").granted()).as("another key has its own budget").isTrue();
    }

    @Test
    void concurrentRequestsOnBothNodesGetExactlyTheBudget() throws Exception {
        Limit l = limit(25, Duration.ofHours(1));
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            RateLimits node = i % 2 == 0 ? nodeA : nodeB;
            calls.add(() -> node.take(l, "busy").granted());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        int granted = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                granted += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(granted).isEqualTo(25);
    }

    @Test
    void tokensComeBackOverTimeAndCanBeGivenBack() throws Exception {
        Limit l = limit(2, Duration.ofSeconds(2)); // one token a second
        assertThat(nodeA.take(l, "k").granted()).isTrue();
        assertThat(nodeB.take(l, "k").granted()).isTrue();
        Decision refused = nodeA.take(l, "k");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo("1");
        // the database's clock refills the bucket: ask until it does (at most a few seconds), never after a fixed wait
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        boolean back = false;
        while (!back && System.nanoTime() < deadline) {
            back = nodeB.take(l, "k").granted();
        }
        assertThat(back).as("a token came back").isTrue();
        nodeA.giveBack(l, "k");
        assertThat(nodeB.take(l, "k").granted()).as("the token given back on A").isTrue();
    }

    @Test
    void fullBucketsAreTidiedAway() throws Exception {
        Limit spent = limit(1, Duration.ofHours(1));
        Limit brief = limit(1, Duration.ofMillis(200));
        nodeA.take(spent, "x");
        nodeA.take(brief, "x");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (nodeA.exhausted(brief, "x") && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // until the brief bucket has refilled, as the database sees it
        }
        assertThat(nodeA.exhausted(brief, "x")).as("the brief bucket refilled").isFalse();
        nodeB.deleteFullBuckets();
        assertThat(nodeA.exhausted(spent, "x")).as("a spent bucket stays").isTrue();
        assertThat(nodeA.take(spent, "x").granted()).isFalse();
        assertThat(nodeA.take(brief, "x").granted()).as("a full bucket was deleted, which is the same as full").isTrue();
    }

    @Test
    void longAndNonAsciiKeysAreStoredAsHashes() {
        Limit l = limit(1, Duration.ofHours(1));
        String long1 = "user:" + "a".repeat(300) + "@example.vn";
        String long2 = "user:" + "a".repeat(300) + "@example.com";
        assertThat(nodeA.take(l, long1).granted()).isTrue();
        assertThat(nodeB.take(l, long1).granted()).isFalse();
        assertThat(nodeB.take(l, long2).granted()).as("a different long key").isTrue();
        assertThat(nodeA.take(l, "user:trần.lan@ví-dụ.vn").granted()).isTrue();
        assertThat(nodeB.take(l, "user:trần.lan@ví-dụ.vn").granted()).isFalse();
    }

    @Test
    void theApiAnswers429WithRetryAfterOnceTheSharedBudgetIsSpentOnTheOtherNode() throws Exception {
        String secret;
        signIn.as(SignIn.ADMIN);
        try {
            secret = tokens.create(new ApiTokenData("limits " + UUID.randomUUID(), Set.of(ApiScope.HR_READ), null))
                    .secret();
        } finally {
            signIn.out();
        }
        long tokenId = tokens.authenticate(secret).orElseThrow().tokenId();
        // three a minute: a token every 20 s, so the budget cannot refill during the test
        ApiTokenFilter filterOnA = new ApiTokenFilter(tokens, new ApiRateLimiter(nodeA, 3), new ApiErrorWriter(json));
        ApiRateLimiter limiterOnB = new ApiRateLimiter(nodeB, 3);
        assertThat(limiterOnB.tryConsume(tokenId).granted()).isTrue();
        assertThat(limiterOnB.tryConsume(tokenId).granted()).isTrue();

        MockHttpServletResponse ok = call(filterOnA, secret);
        assertThat(ok.getStatus()).as("the third request, on A").isEqualTo(200);

        MockHttpServletResponse limited = call(filterOnA, secret);
        assertThat(limited.getStatus()).as("the fourth request, on A").isEqualTo(429);
        assertThat(Integer.parseInt(limited.getHeader("Retry-After"))).isBetween(1, 20);
        assertThat(limited.getContentAsString()).contains("rate_limited");
        assertThat(limiterOnB.tryConsume(tokenId).granted()).as("and on B").isFalse();
    }

    private static MockHttpServletResponse call(ApiTokenFilter filter, String secret) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/branches");
        request.addHeader("Authorization", "Bearer " + secret);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200); // reached the controllers
        }
        return response;
    }

    @Test
    void signInFailuresCountOnEveryNode() {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        SignInThrottle a = new SignInThrottle(nodeA, name, 4, 30, Duration.ofHours(1), Duration.ofSeconds(4), System::nanoTime);
        SignInThrottle b = new SignInThrottle(nodeB, name, 4, 30, Duration.ofHours(1), Duration.ofSeconds(4), System::nanoTime);
        a.recordFailure("lan.tran@senspa.vn", "203.0.113.50");
        b.recordFailure("lan.tran@senspa.vn", "203.0.113.50");
        a.recordFailure("lan.tran@senspa.vn", "203.0.113.50");
        assertThat(b.attempt("lan.tran@senspa.vn", "203.0.113.50").refused()).isFalse();
        b.recordFailure("lan.tran@senspa.vn", "203.0.113.50");
        assertThat(a.attempt("lan.tran@senspa.vn", "203.0.113.50").refusal())
                .as("four failures over two nodes").isEqualTo(SignInThrottle.Reason.ACCOUNT_AND_CLIENT);
        assertThat(b.attempt("lan.tran@senspa.vn", "203.0.113.50").refusal())
                .isEqualTo(SignInThrottle.Reason.ACCOUNT_AND_CLIENT);
    }
}
