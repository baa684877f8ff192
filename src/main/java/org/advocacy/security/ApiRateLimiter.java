package org.advocacy.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Requests per minute per API token (Bucket4j token buckets, kept in a bounded Caffeine cache). */
@Component
public class ApiRateLimiter {

    private final int perMinute;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    ApiRateLimiter(@Value("${app.api.requests-per-minute}") int perMinute) {
        this.perMinute = perMinute;
    }

    public boolean tryConsume(long tokenId) {
        return buckets.get(tokenId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
