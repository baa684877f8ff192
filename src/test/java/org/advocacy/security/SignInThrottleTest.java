package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void tenFailuresBlockTheAccountButNotOthers() {
        SignInThrottle throttle = new SignInThrottle(10);
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("Lan.Tran@senspa.vn", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("lan.tran@senspa.vn", "10.0.1.1")).isFalse();
        throttle.recordFailure("lan.tran@senspa.vn ", "10.0.0.9");
        assertThat(throttle.isBlocked("lan.tran@senspa.vn", "10.0.1.1")).as("account blocked from any address").isTrue();
        assertThat(throttle.isBlocked("minh.le@senspa.vn", "10.0.2.2")).isFalse();
    }

    @Test
    void failuresFromOneAddressAcrossAccountsBlockThatAddress() {
        SignInThrottle throttle = new SignInThrottle(10);
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("guess" + i + "@senspa.vn", "203.0.113.7");
        }
        assertThat(throttle.isBlocked("someone.else@senspa.vn", "203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("someone.else@senspa.vn", "203.0.113.8")).isFalse();
        assertThat(throttle.isBlocked("guess0@senspa.vn", "203.0.113.8")).as("one failure is not a block").isFalse();
    }
}
