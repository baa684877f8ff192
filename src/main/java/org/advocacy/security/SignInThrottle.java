package org.advocacy.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each failed sign-in takes a token from the account's bucket and from the client
 * address's bucket; while either is empty, sign-in attempts are refused before the password is even checked.
 */
@Component
public class SignInThrottle {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(15)).build();

    SignInThrottle(@Value("${app.security.sign-in-attempts-per-minute}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** True while this account or this client has used up its failed attempts. */
    public boolean isBlocked(String username, String clientIp) {
        return empty(accountKey(username)) || empty(clientKey(clientIp));
    }

    public void recordFailure(String username, String clientIp) {
        bucket(accountKey(username)).tryConsume(1);
        bucket(clientKey(clientIp)).tryConsume(1);
    }

    private boolean empty(String key) {
        Bucket b = buckets.getIfPresent(key);
        return b != null && b.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String ip) {
        return "ip:" + ip;
    }
}
