package org.advocacy.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.advocacy.kernel.internal.RateLimitBucketRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Token buckets that every node of the portal shares, kept in MariaDB (docs/decisions/0037): the API's per-token
 * limit, the public form's per-client, per-branch and per-kiosk allowances and the sign-in throttle's counters. One
 * statement per check. When the database is away the check throws the driver's failure, which every caller already
 * turns into its outage answer (503 with Retry-After; the public form's page that keeps what was typed): the request
 * could not have been served without the database anyway, and no node hands out allowances it cannot count.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final int MAX_KEY = 190;

    /** A named allowance: {@code capacity} requests, refilled evenly over {@code period}. */
    public record Limit(String name, int capacity, Duration period) {
        public Limit {
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit needs a capacity and a period: " + name);
            }
        }

        /** The time in which one token comes back. */
        public Duration interval() {
            return period.dividedBy(capacity);
        }
    }

    /** The outcome of one request: granted, or refused with the time until the next token. */
    public record Decision(boolean granted, Duration retryAfter) {
        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        public String retryAfterSeconds() {
            long s = (retryAfter.toMillis() + 999) / 1000;
            return Long.toString(Math.max(1, s));
        }
    }

    private final RateLimitBucketRepository buckets;

    /** Public so that a test can build a second node's instance over its own connection pool. */
    public RateLimits(RateLimitBucketRepository buckets) {
        this.buckets = buckets;
    }

    /** Takes one token from the key's bucket, outside any transaction of the caller (so a rollback keeps it spent). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Decision take(Limit limit, String key) {
        RateLimitBucketRepository.Taken t = buckets.take(key(limit, key), limit.capacity(), limit.interval());
        return new Decision(t.granted(), t.nextToken());
    }

    /** Gives back a token taken by {@link #take} when the request was refused by another limit after all. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void giveBack(Limit limit, String key) {
        buckets.giveBack(key(limit, key), limit.interval());
    }

    /** Whether the key's bucket is used up, without taking from it. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean exhausted(Limit limit, String key) {
        return buckets.empty(key(limit, key), limit.capacity(), limit.interval());
    }

    /** A bucket that is full again is the same as no bucket: delete them, so the table holds only recent clients. */
    @Scheduled(fixedDelayString = "${app.rate-limits.tidy-every:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "rate-limit-tidy", lockAtMostFor = "PT5M")
    public void deleteFullBuckets() {
        int total = 0;
        int n;
        do {
            n = buckets.deleteFull(5_000);
            total += n;
        } while (n == 5_000);
        log.debug("deleted {} full rate limit buckets", total);
    }

    /** The stored key: readable when it is short ASCII, otherwise the limit's name and a SHA-256 of the key. */
    static String key(Limit limit, String key) {
        String k = limit.name() + ':' + (key == null ? "" : key);
        if (k.length() <= MAX_KEY && StandardCharsets.US_ASCII.newEncoder().canEncode(k)) {
            return k;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(k.getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":#" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
