package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRateLimiterTest {

    @Test
    void allowsTheLimitPerTokenThenRefuses() {
        ApiRateLimiter limiter = new ApiRateLimiter(5);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume(1L)).as("request %d", i + 1).isTrue();
        }
        assertThat(limiter.tryConsume(1L)).isFalse();
        assertThat(limiter.tryConsume(2L)).as("another token has its own budget").isTrue();
    }
}
