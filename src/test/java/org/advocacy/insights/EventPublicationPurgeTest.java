package org.advocacy.insights;

import static org.advocacy.jooq.Tables.INSIGHTS_APPLIED_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.advocacy.insights.internal.EventPublicationPurge;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: completed event publications do not pile up with the history. The hourly purge deletes those completed
 * longer ago than the kept time, in chunks, and never an event still to be delivered.
 */
@PortalTest
class EventPublicationPurgeTest {

    @Autowired
    EventPublicationPurge purge;
    @Autowired
    DSLContext dsl;

    private static final org.jooq.Table<?> T = org.advocacy.kernel.EventRegistry.TABLE;

    private static org.jooq.Field<Object> f(String name) {
        return DSL.field(DSL.name(name));
    }

    private void publication(String listener, LocalDateTime published, LocalDateTime completed) {
        dsl.insertInto(T).set(f("ID"), UUID.randomUUID().toString()).set(f("LISTENER_ID"), listener)
                .set(f("EVENT_TYPE"), "test.Event").set(f("SERIALIZED_EVENT"), "{}").set(f("PUBLICATION_DATE"), published)
                .set(f("COMPLETION_DATE"), completed).set(f("STATUS"), completed == null ? "PUBLISHED" : "COMPLETED")
                .execute();
    }

    private int count(String listener) {
        return dsl.fetchCount(T, f("LISTENER_ID").eq(listener));
    }

    @Test
    void deletesOldCompletedPublicationsInChunksAndKeepsTheRest() {
        String run = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 2500; i++) { // two and a half chunks of 1,000
            publication("old-" + run, now.minusDays(10), now.minusDays(10).plusSeconds(i));
        }
        for (int i = 0; i < 20; i++) {
            publication("recent-" + run, now.minusDays(1), now.minusDays(1));
            publication("pending-" + run, now.minusDays(10), null);
        }
        try {
            int deleted = purge.purge(Clock.systemUTC());

            assertThat(deleted).isGreaterThanOrEqualTo(2500);
            assertThat(count("old-" + run)).isZero();
            assertThat(count("recent-" + run)).as("completed within the kept time").isEqualTo(20);
            assertThat(count("pending-" + run)).as("not delivered yet").isEqualTo(20);
            assertThat(purge.purge(Clock.systemUTC())).as("nothing left to purge").isZero();
        } finally {
            dsl.deleteFrom(T).where(f("LISTENER_ID").in("recent-" + run, "pending-" + run)).execute();
        }
    }

    private void applied(String key, LocalDateTime at) {
        dsl.insertInto(INSIGHTS_APPLIED_EVENT).set(INSIGHTS_APPLIED_EVENT.EVENT_KEY, key)
                .set(INSIGHTS_APPLIED_EVENT.BRANCH_ID, 1L).set(INSIGHTS_APPLIED_EVENT.APPLIED_AT, at).execute();
    }

    private boolean isApplied(String key) {
        return dsl.fetchExists(INSIGHTS_APPLIED_EVENT, INSIGHTS_APPLIED_EVENT.EVENT_KEY.eq(key));
    }

    @Test
    void theRollupLedgerGoesWithThePublicationsButNotWhileAnOlderEventIsPending() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        applied("old-" + run, now.minusDays(10));
        applied("recent-" + run, now.minusDays(1));
        String pendingListener = "org.advocacy.insights.internal.RollupListener.on(test-" + run + ")";
        try {
            purge.purge(Clock.systemUTC());
            assertThat(isApplied("old-" + run)).as("older than the kept time, nothing pending").isFalse();
            assertThat(isApplied("recent-" + run)).isTrue();

            // an event for the rollups still pending since 20 days: what was added after it may be delivered again
            publication(pendingListener, now.minusDays(20), null);
            applied("older-" + run, now.minusDays(10));
            applied("oldest-" + run, now.minusDays(21));
            purge.purge(Clock.systemUTC());
            assertThat(isApplied("older-" + run)).as("added after the pending publication").isTrue();
            assertThat(isApplied("oldest-" + run)).isFalse();
        } finally {
            dsl.deleteFrom(T).where(f("LISTENER_ID").eq(pendingListener)).execute();
            dsl.deleteFrom(INSIGHTS_APPLIED_EVENT).where(INSIGHTS_APPLIED_EVENT.EVENT_KEY.endsWith("-" + run)).execute();
        }
    }
}
