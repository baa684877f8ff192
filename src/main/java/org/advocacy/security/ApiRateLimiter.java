package org.advocacy.security;

import java.time.Duration;
import org.advocacy.kernel.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Requests per minute per API token, counted in MariaDB so that every node shares one budget (decision 0037). */
@Component
public class ApiRateLimiter {

    private final RateLimits limits;
    private final RateLimits.Limit perToken;

    ApiRateLimiter(RateLimits limits, @Value("${app.api.requests-per-minute}") int perMinute) {
        this.limits = limits;
        this.perToken = new RateLimits.Limit("api-token", perMinute, Duration.ofMinutes(1));
    }

    /** One request with this token: granted, or refused with the time until the next one is allowed. */
    public RateLimits.Decision tryConsume(long tokenId) {
        return limits.take(perToken, Long.toString(tokenId));
    }
}
