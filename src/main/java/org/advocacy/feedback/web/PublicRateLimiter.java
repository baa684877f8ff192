package org.advocacy.feedback.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Submission allowances of the public pages (Bucket4j token buckets in bounded Caffeine caches): per client
 * address and per branch for the web form; a kiosk has its own allowance and does not use the others, so a busy
 * counter tablet behind one address keeps working while a flood from elsewhere is refused.
 */
@Component
class PublicRateLimiter {

    private final int perClient;
    private final int perBranch;
    private final int perKiosk;
    private final Cache<String, Bucket> clients = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<Long, Bucket> branches = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<Long, Bucket> kiosks = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    PublicRateLimiter(@Value("${app.feedback.rate.per-client-per-hour:20}") int perClient,
            @Value("${app.feedback.rate.per-branch-per-minute:60}") int perBranch,
            @Value("${app.feedback.rate.per-kiosk-per-minute:12}") int perKiosk) {
        this.perClient = perClient;
        this.perBranch = perBranch;
        this.perKiosk = perKiosk;
    }

    /** One web-form submission from this client to this branch; false when either allowance is used up. */
    boolean tryWeb(String client, long branchId) {
        Bucket c = clients.get(client, k -> bucket(perClient, Duration.ofHours(1)));
        Bucket b = branches.get(branchId, k -> bucket(perBranch, Duration.ofMinutes(1)));
        if (!c.tryConsume(1)) {
            return false;
        }
        if (!b.tryConsume(1)) {
            c.addTokens(1); // refused for the branch: do not also charge the client
            return false;
        }
        return true;
    }

    boolean tryKiosk(long kioskId) {
        return kiosks.get(kioskId, k -> bucket(perKiosk, Duration.ofMinutes(1))).tryConsume(1);
    }

    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
