package org.advocacy.insights;

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

    private static final org.jooq.Table<?> T = EventPublicationPurge.PUBLICATIONS;

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
}
