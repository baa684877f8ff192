package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.advocacy.kernel.RateLimits;
import org.advocacy.test.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in throttle of docs/decisions/0015: strangers are refused, the owner is at most slowed down. Its
 * per-address counters are in the database (decision 0037); each test has its own, refilled per hour instead of per
 * minute so that a slow machine cannot refill them in the middle of a test.
 */
@PortalTest
class SignInThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private SignInThrottle throttle;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void newThrottle() {
        throttle = new SignInThrottle(limits, "t-" + UUID.randomUUID().toString().substring(0, 8), 10, 30,
                Duration.ofHours(1), Duration.ofSeconds(4), nanos::get);
    }

    @Test
    void tenFailuresFromOneAddressRefuseThatAddressForThatAccountOnly() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("Lan.Tran@senspa.vn", "10.0.0.1");
        }
        assertThat(throttle.attempt("lan.tran@senspa.vn", "10.0.0.1").refused()).isFalse();
        throttle.recordFailure("lan.tran@senspa.vn ", "10.0.0.1");
        assertThat(throttle.attempt("lan.tran@senspa.vn", "10.0.0.1").refusal())
                .isEqualTo(SignInThrottle.Reason.ACCOUNT_AND_CLIENT);
        assertThat(throttle.attempt("minh.le@senspa.vn", "10.0.0.1").refused()).as("other accounts from there").isFalse();
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        // the attack of issue 9: many wrong passwords for one e-mail, from one and then from many addresses
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("lan.tran@senspa.vn", "203.0.113.7");
        }
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("lan.tran@senspa.vn", "198.51.100." + i);
        }
        SignInThrottle.Verdict owner = throttle.attempt("lan.tran@senspa.vn", "192.0.2.44");
        assertThat(owner.refused()).as("the owner from a new address is not refused").isFalse();
        assertThat(owner.delay()).as("at most a short delay").isLessThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.attempt("lan.tran@senspa.vn", "203.0.113.7").refused()).as("the attacker is").isTrue();
        assertThat(throttle.attackingClients("lan.tran@senspa.vn")).isEqualTo(51);
    }

    @Test
    void anAccountUnderAttackQueuesNewAddressesWithAGrowingDelay() {
        assertThat(throttle.delay(9)).isZero();
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofMillis(500));
        assertThat(throttle.delay(20)).isEqualTo(Duration.ofMillis(1000));
        assertThat(throttle.delay(30)).isEqualTo(Duration.ofMillis(2000));
        assertThat(throttle.delay(1000)).as("capped").isEqualTo(Duration.ofSeconds(4));

        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("thao.pham@senspa.vn", "198.51.100." + i);
        }
        // three clients arrive at the same instant: they are served one after another, half a second apart
        assertThat(throttle.attempt("thao.pham@senspa.vn", "192.0.2.1").delay()).isZero();
        assertThat(throttle.attempt("thao.pham@senspa.vn", "192.0.2.2").delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(throttle.attempt("thao.pham@senspa.vn", "192.0.2.3").delay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(throttle.attempt("thao.pham@senspa.vn", "192.0.2.4").delay()).isEqualTo(Duration.ofMillis(1500));
        // a full queue is refused for now (many clients guessing together still get one guess per delay) ...
        assertThat(throttle.attempt("thao.pham@senspa.vn", "192.0.2.5").refusal()).isEqualTo(SignInThrottle.Reason.BUSY);
        // ... and served again once time has passed
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(throttle.attempt("thao.pham@senspa.vn", "192.0.2.5").refused()).isFalse();
    }

    @Test
    void aDeviceThatSignedInBeforeSkipsTheQueue() {
        throttle.recordSuccess("hung.vo@senspa.vn", "192.0.2.10");
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure("hung.vo@senspa.vn", "198.51.100." + i);
        }
        assertThat(throttle.attempt("hung.vo@senspa.vn", "192.0.2.10")).isEqualTo(SignInThrottle.Verdict.GO);
        assertThat(throttle.attempt("hung.vo@senspa.vn", "192.0.2.11").delay()).isZero(); // first in the queue
        assertThat(throttle.attempt("hung.vo@senspa.vn", "192.0.2.12").delay()).isPositive();
    }

    @Test
    void failuresFromOneAddressAcrossAccountsRefuseThatAddress() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("guess" + i + "@senspa.vn", "203.0.113.9");
        }
        assertThat(throttle.attempt("someone.else@senspa.vn", "203.0.113.9").refusal())
                .isEqualTo(SignInThrottle.Reason.CLIENT);
        assertThat(throttle.attempt("someone.else@senspa.vn", "203.0.113.8").refused()).isFalse();
        assertThat(throttle.attempt("guess0@senspa.vn", "203.0.113.8").refused()).as("one failure is not a block").isFalse();
    }
}
