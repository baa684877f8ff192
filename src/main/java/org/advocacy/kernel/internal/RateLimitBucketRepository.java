package org.advocacy.kernel.internal;

import static org.advocacy.jooq.Tables.RATE_LIMIT_BUCKET;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.springframework.stereotype.Repository;

/**
 * The shared token buckets of {@code rate_limit_bucket} (docs/decisions/0037). A bucket of {@code capacity} tokens
 * refilled one token per {@code interval} is kept as the moment it would be full again ({@code full_at}, GCRA): a
 * token may be taken while {@code full_at <= now + (capacity - 1) × interval}, and taking one moves {@code full_at}
 * to {@code max(full_at, now) + interval}. Time is the database's, so nodes with different clocks agree.
 */
@Repository
public class RateLimitBucketRepository {

    /** What one attempt to take a token found: whether it was granted, and when the next token comes if not. */
    public record Taken(boolean granted, Duration nextToken) {
    }

    private static final Field<LocalDateTime> NOW = DSL.currentLocalDateTime(6);

    private final DSLContext dsl;

    public RateLimitBucketRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Takes one token in one statement (one round trip), creating the bucket on first use. {@code granted} is
     * assigned before {@code full_at}: MariaDB evaluates the assignments of ON DUPLICATE KEY UPDATE from left to
     * right, so it reads the bucket as it was, and RETURNING reads both back as they are now.
     */
    public Taken take(String key, int capacity, Duration interval) {
        DayToSecond step = interval(interval);
        Condition hasToken = RATE_LIMIT_BUCKET.FULL_AT.le(NOW.plus(interval(interval.multipliedBy(capacity - 1))));
        Record3<Boolean, LocalDateTime, LocalDateTime> r = dsl.insertInto(RATE_LIMIT_BUCKET)
                .set(RATE_LIMIT_BUCKET.BUCKET_KEY, key)
                .set(RATE_LIMIT_BUCKET.GRANTED, true)
                .set(RATE_LIMIT_BUCKET.FULL_AT, NOW.plus(step))
                .onDuplicateKeyUpdate()
                .set(RATE_LIMIT_BUCKET.GRANTED, DSL.field(hasToken))
                .set(RATE_LIMIT_BUCKET.FULL_AT, DSL.when(RATE_LIMIT_BUCKET.GRANTED,
                        DSL.greatest(RATE_LIMIT_BUCKET.FULL_AT, NOW).plus(step))
                        .otherwise(RATE_LIMIT_BUCKET.FULL_AT))
                .returningResult(RATE_LIMIT_BUCKET.GRANTED, RATE_LIMIT_BUCKET.FULL_AT, NOW)
                .fetch().stream().reduce((first, last) -> last).orElse(null);
        // the last row: on a Galera cluster, a node repeats an autocommit statement that another node's write set
        // aborted (wsrep_retry_autocommit), and RETURNING then sends a row for each run; the last run is the one
        // that counted (found by deploy/galera-two-nodes.sh, where two nodes take tokens of one API token's bucket)
        if (r == null) {
            throw new IllegalStateException("no row returned for rate limit bucket " + key);
        }
        if (r.value1()) {
            return new Taken(true, Duration.ZERO);
        }
        // the next token comes when full_at is (capacity - 1) intervals away
        Duration wait = Duration.between(r.value3(), r.value2()).minus(interval.multipliedBy(capacity - 1));
        return new Taken(false, wait.isNegative() ? Duration.ZERO : wait);
    }

    /** Returns one token taken earlier (at most up to a full bucket). */
    public void giveBack(String key, Duration interval) {
        dsl.update(RATE_LIMIT_BUCKET)
                .set(RATE_LIMIT_BUCKET.FULL_AT, RATE_LIMIT_BUCKET.FULL_AT.minus(interval(interval)))
                .where(RATE_LIMIT_BUCKET.BUCKET_KEY.eq(key))
                .execute();
    }

    /** Whether the bucket has no whole token left, without taking one. */
    public boolean empty(String key, int capacity, Duration interval) {
        return dsl.fetchExists(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.BUCKET_KEY.eq(key)
                .and(RATE_LIMIT_BUCKET.FULL_AT.gt(NOW.plus(interval(interval.multipliedBy(capacity - 1))))));
    }

    /** Deletes up to {@code limit} buckets that are full again (the same as no row); returns how many. */
    public int deleteFull(int limit) {
        return dsl.deleteFrom(RATE_LIMIT_BUCKET).where(RATE_LIMIT_BUCKET.FULL_AT.lt(NOW)).limit(limit).execute();
    }

    /** An interval rendered to the microsecond ({@code INTERVAL '…' DAY_MICROSECOND}). */
    private static DayToSecond interval(Duration d) {
        return DayToSecond.valueOf(d.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}
