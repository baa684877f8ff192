package org.advocacy.insights.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.advocacy.kernel.EventRegistry;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith keeps every completed event publication (one per answer, batch or recognition), so without this
 * job its table grows with the history. Hourly, completed publications older than
 * {@code app.insights.events.keep} are deleted oldest first in chunks of {@code app.insights.events.purge-chunk},
 * each chunk its own short statement under the chunk time limit (issue 14, docs/decisions/0027). Incomplete
 * publications (events still to deliver) are never touched.
 */
@Component
public class EventPublicationPurge {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationPurge.class);

    private final EventRegistry registry;
    private final RollupRepository rollups;
    private final Clock clock;
    private final DatabaseTimeLimit timeLimit;
    private final Duration keep;
    private final int chunk;
    private final Duration maxChunkTime;

    EventPublicationPurge(EventRegistry registry, RollupRepository rollups, Clock clock, DatabaseTimeLimit timeLimit,
            @Value("${app.insights.events.keep:7d}") Duration keep,
            @Value("${app.insights.events.purge-chunk:1000}") int chunk,
            @Value("${app.insights.events.purge-max-chunk-time:2s}") Duration maxChunkTime) {
        this.registry = registry;
        this.rollups = rollups;
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.keep = keep;
        this.chunk = Math.max(1, chunk);
        this.maxChunkTime = maxChunkTime;
    }

    @Scheduled(cron = "${app.insights.events.purge-cron:0 47 * * * *}")
    public void purge() {
        purge(clock);
    }

    /**
     * The rollups' ledger of events taken in (docs/decisions/0021) is needed only while an event can still be
     * delivered again: its rows older than the cutoff and than the oldest incomplete publication go.
     */
    private void purgeLedger(LocalDateTime cutoff) {
        LocalDateTime before = cutoff;
        try {
            LocalDateTime oldestPending = registry.oldestIncomplete(RollupListener.class.getName()).orElse(null);
            if (oldestPending != null && oldestPending.isBefore(before)) {
                before = oldestPending;
            }
            LocalDateTime limit = before;
            int deleted = 0;
            while (true) {
                int n = timeLimit.within(maxChunkTime, () -> rollups.purgeApplied(limit, chunk));
                deleted += n;
                if (n < chunk) {
                    break;
                }
            }
            log.info("Insights ledger purge: {} rows added before {} deleted", deleted, limit);
        } catch (RuntimeException e) {
            log.warn("Insights ledger purge stopped; the rest follows in the next run: {}", e.toString());
        }
    }

    /** Deletes what is due at the clock's time; returns how many publications were deleted. */
    public int purge(Clock at) {
        long started = System.nanoTime();
        // the registry stores its times in UTC
        LocalDateTime cutoff = LocalDateTime.ofInstant(at.instant().minus(keep), java.time.ZoneOffset.UTC);
        int deleted = 0;
        int chunks = 0;
        try {
            while (true) {
                int n = timeLimit.within(maxChunkTime, () -> registry.deleteCompletedBefore(cutoff, chunk));
                deleted += n;
                chunks++;
                if (n < chunk) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Event publication purge stopped after {} in {} chunks; the rest follows in the next run: {}",
                    deleted, chunks, e.toString());
        }
        log.info("Event publication purge: {} completed publications older than {} deleted in {} chunks, {} ms",
                deleted, keep, chunks, (System.nanoTime() - started) / 1_000_000);
        purgeLedger(cutoff);
        return deleted;
    }
}
