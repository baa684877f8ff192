package org.advocacy.kernel;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.advocacy.recognition.RecognitionGiven;
import org.advocacy.test.InsightsEvents;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13: a node that died after storing an event publication but before its listener finished leaves it
 * incomplete; a surviving node (this one) delivers it once it is older than {@code app.events.redeliver-after}, and
 * only the node holding the scheduler lock does. A young incomplete publication, which its own node may still be
 * delivering, is left alone.
 */
@PortalTest
class EventRedeliveryTest {

    private static final Table<Record> PUBLICATIONS = DSL.table(DSL.name("EVENT_PUBLICATION"));
    private static final Field<String> ID = DSL.field(DSL.name("ID"), String.class);
    private static final Field<String> EVENT_TYPE = DSL.field(DSL.name("EVENT_TYPE"), String.class);
    private static final Field<String> LISTENER = DSL.field(DSL.name("LISTENER_ID"), String.class);
    private static final Field<String> SERIALIZED = DSL.field(DSL.name("SERIALIZED_EVENT"), String.class);
    private static final Field<LocalDateTime> PUBLISHED = DSL.field(DSL.name("PUBLICATION_DATE"), LocalDateTime.class);
    private static final Field<LocalDateTime> COMPLETED = DSL.field(DSL.name("COMPLETION_DATE"), LocalDateTime.class);
    private static final Field<String> STATUS = DSL.field(DSL.name("STATUS"), String.class);
    private static final Table<Record> SHEDLOCK = DSL.table(DSL.name("shedlock"));
    private static final Field<String> LOCK_NAME = DSL.field(DSL.name("name"), String.class);
    private static final Field<LocalDateTime> LOCK_UNTIL = DSL.field(DSL.name("lock_until"), LocalDateTime.class);

    @Autowired
    EventRedelivery redelivery;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anOldIncompletePublicationIsDeliveredByTheNodeHoldingTheLockAndAYoungOneIsLeftAlone() throws Exception {
        // real publications of a real listener: two recognition events, delivered normally first
        long branch = dsl.select(BRANCH.ID).from(BRANCH).orderBy(BRANCH.ID).limit(1).fetchOne(BRANCH.ID);
        LocalDateTime nowUtc = LocalDateTime.now(ZoneOffset.UTC);
        // recognitions given in a month no other test reads: the rollups count these made-up events, and a test
        // comparing this month's rollups with the raw rows (RollupReadsTest) must not see them
        LocalDateTime given = LocalDateTime.of(2001, 1, 15, 12, 0);
        String old = publish(branch, given);
        String young = publish(branch, given);
        try {
            // what a node killed between its commit and its listener leaves: the rows, never completed; one of
            // them older than the redelivery age, one published moments ago
            Duration age = redelivery.age();
            leftBehind(old, nowUtc.minus(age).minusMinutes(1));
            leftBehind(young, nowUtc.minusSeconds(5));

            // another node holds the job's lock: this node does nothing
            dsl.deleteFrom(SHEDLOCK).where(LOCK_NAME.eq("event-redelivery")).execute();
            dsl.insertInto(SHEDLOCK).set(LOCK_NAME, "event-redelivery")
                    .set(LOCK_UNTIL, DSL.localDateTimeAdd(DSL.currentLocalDateTime(), 1, DatePart.DAY))
                    .set(DSL.field(DSL.name("locked_at"), LocalDateTime.class), DSL.currentLocalDateTime())
                    .set(DSL.field(DSL.name("locked_by"), String.class), "node-b").execute();
            redelivery.redeliver(); // ShedLock skips the call itself while the lock is node b's: nothing is in flight
            assertThat(dsl.select(DSL.field(DSL.name("locked_by"), String.class)).from(SHEDLOCK)
                    .where(LOCK_NAME.eq("event-redelivery")).fetchOne(0, String.class))
                    .as("the lock is still node b's").isEqualTo("node-b");
            assertThat(completed(old)).as("not while node b holds the lock").isFalse();

            // node b died holding the lock, and the lock expired
            dsl.update(SHEDLOCK).set(LOCK_UNTIL, DSL.localDateTimeSub(DSL.currentLocalDateTime(), 1, DatePart.DAY))
                    .where(LOCK_NAME.eq("event-redelivery")).execute();
            redelivery.redeliver();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!completed(old) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(completed(old)).as("the old publication was delivered and completed").isTrue();
            assertThat(completed(young)).as("the young one is its own node's to deliver").isFalse();
            assertThat(dsl.fetchExists(SHEDLOCK, LOCK_NAME.eq("event-redelivery")
                    .and(DSL.field(DSL.name("locked_by"), String.class).ne("node-b"))))
                    .as("the job ran under the lock, taken over from node b").isTrue();
        } finally {
            // not left for other tests, which wait for every recent publication to be completed
            dsl.update(PUBLICATIONS).set(COMPLETED, LocalDateTime.now(ZoneOffset.UTC)).set(STATUS, "COMPLETED")
                    .where(ID.in(old, young), COMPLETED.isNull()).execute();
        }
    }

    /** Publishes a recognition event of a recognition that does not exist and waits until the rollups took it. */
    private String publish(long branch, LocalDateTime at) {
        long marker = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        tx.executeWithoutResult(s -> events.publishEvent(new RecognitionGiven(marker, List.of(branch), at)));
        InsightsEvents.awaitProcessed(dsl);
        String id = dsl.select(ID).from(PUBLICATIONS)
                .where(EVENT_TYPE.eq(RecognitionGiven.class.getName()), SERIALIZED.contains(Long.toString(marker)),
                        LISTENER.contains(".RollupListener.")) // the rollups' publication; the notices have their own
                .fetchOne(ID);
        assertThat(id).isNotNull();
        assertThat(completed(id)).isTrue();
        return id;
    }

    private void leftBehind(String id, LocalDateTime published) {
        dsl.update(PUBLICATIONS).set(COMPLETED, (LocalDateTime) null).set(STATUS, "PUBLISHED").set(PUBLISHED, published)
                .where(ID.eq(id)).execute();
    }

    private boolean completed(String id) {
        return dsl.fetchExists(PUBLICATIONS, ID.eq(id).and(COMPLETED.isNotNull()));
    }
}
