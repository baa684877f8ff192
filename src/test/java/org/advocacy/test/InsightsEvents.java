package org.advocacy.test;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.impl.DSL;

/**
 * Figures read from the insights rollups follow a write once its event is processed (after the commit, in another
 * thread). Tests that read them right after a write wait for that first.
 */
public final class InsightsEvents {

    private InsightsEvents() {
    }

    /**
     * Waits (at most a minute) until every event published in the last two minutes was processed by its listeners
     * (older incomplete ones are other tests' deliberate leftovers).
     */
    public static void awaitProcessed(DSLContext dsl) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (dsl.fetchCount(DSL.table(DSL.name("EVENT_PUBLICATION")), DSL.field(DSL.name("COMPLETION_DATE")).isNull()
                .and(DSL.field(DSL.name("PUBLICATION_DATE"), java.time.LocalDateTime.class).gt(DSL.timestampSub(DSL.currentTimestamp(), 2,
                        DatePart.MINUTE).cast(java.time.LocalDateTime.class)))) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("insights events still pending after a minute");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
