package org.advocacy.insights.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.insights.RollupStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every rollup cell exactly from the raw rows, 50 branches per transaction (each under the rollups' lock,
 * so listeners wait at most one chunk). Each chunk also writes into the ledger the events still pending for its
 * branches, read in the same snapshot as the raw rows: their rows are counted, so their delivery must add nothing. Runs at start-up when the rollups were never built (a new installation,
 * the demo, an upgrade) or when the portal is started with {@code --rebuild-insights}; HR and admins can also start it
 * from the advocacy screen.
 */
@Component
@Order(10)
public class RollupRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);
    private static final int BRANCHES_PER_TRANSACTION = 50;

    private final RollupRepository rollups;
    private final RollupChanges changes;
    private final TransactionTemplate tx;
    private final OrgTimeZone zone;
    private final Clock clock;

    RollupRebuild(RollupRepository rollups, RollupChanges changes, PlatformTransactionManager transactions,
            OrgTimeZone zone, Clock clock) {
        this.rollups = rollups;
        this.changes = changes;
        this.tx = new TransactionTemplate(transactions);
        // one snapshot for the raw rows and the pending publications of a chunk (RollupChanges.markPendingCounted)
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean asked = args.containsOption("rebuild-insights");
        if (asked || rollups.status().lastRebuildAt() == null) {
            RollupStatus s = rebuild(asked ? "command line" : "start-up");
            log.info("Insights rollups rebuilt from the raw rows in {} ms", s.rebuildMillis());
        }
    }

    /** Rebuilds all cells; returns the new status. */
    public RollupStatus rebuild(String by) {
        long start = System.nanoTime();
        List<Long> branches = tx.execute(s -> rollups.allBranchIds());
        for (int i = 0; i < branches.size(); i += BRANCHES_PER_TRANSACTION) {
            List<Long> chunk = branches.subList(i, Math.min(branches.size(), i + BRANCHES_PER_TRANSACTION));
            tx.executeWithoutResult(s -> {
                LocalDateTime now = LocalDateTime.now(clock);
                rollups.lockAndStamp(now);
                rollups.rebuildBranches(chunk, zone.zone());
                changes.markPendingCounted(chunk, now);
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        tx.executeWithoutResult(s -> rollups.rebuilt(LocalDateTime.now(clock), millis, by));
        return tx.execute(s -> rollups.status());
    }
}
