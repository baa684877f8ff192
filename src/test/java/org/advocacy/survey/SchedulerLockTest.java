package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The project's pulse-rounds job ({@link ScheduledRounds#run()}) runs on one app instance at a time: two instances of
 * the job, wrapped by the same ShedLock advice that wraps the real bean and locking through the same
 * {@code shedlock} table, never tick the scheduler together, and a lock another node holds under the job's real lock
 * name ({@value #LOCK}) keeps this node's job from running. The scheduler itself is a stand-in that counts its ticks
 * (the tests' context runs no scheduled rounds), so the test looks only at the locking.
 */
@PortalTest
class SchedulerLockTest {

    /** The name in {@code @SchedulerLock} on {@link ScheduledRounds#run()}. */
    private static final String LOCK = "pulse-rounds";
    private static final Table<Record> SHEDLOCK = DSL.table(DSL.name("shedlock"));
    private static final Field<String> NAME = DSL.field(DSL.name("name"), String.class);
    private static final Field<LocalDateTime> LOCK_UNTIL = DSL.field(DSL.name("lock_until"), LocalDateTime.class);
    private static final Field<LocalDateTime> LOCKED_AT = DSL.field(DSL.name("locked_at"), LocalDateTime.class);
    private static final Field<String> LOCKED_BY = DSL.field(DSL.name("locked_by"), String.class);

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    private final AtomicInteger ticks = new AtomicInteger();
    private final CountDownLatch ticking = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void freeTheLock() {
        finish.countDown();
        dsl.deleteFrom(SHEDLOCK).where(NAME.eq(LOCK)).execute();
    }

    /** A scheduler whose tick counts itself and, the first time, waits until the test lets it finish. */
    private RoundScheduler countingScheduler() {
        return new RoundScheduler(null, null, null, null, null) {
            @Override
            public void tick(Clock clock) {
                ticks.incrementAndGet();
                ticking.countDown();
                try {
                    assertThat(finish.await(60, TimeUnit.SECONDS)).as("the test lets the tick finish").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** One app instance's job: the real class, wrapped by the advisors that wrap the real bean (ShedLock's). */
    private ScheduledRounds instance(RoundScheduler scheduler) {
        ProxyFactory proxy = new ProxyFactory(new ScheduledRounds(scheduler, Clock.systemUTC()));
        proxy.setProxyTargetClass(true);
        List<Advisor> advisors = context.getBeansOfType(Advisor.class).values().stream()
                .filter(a -> AopUtils.canApply(a, ScheduledRounds.class)).toList();
        assertThat(advisors).as("ShedLock's advice applies to the job").isNotEmpty();
        advisors.forEach(proxy::addAdvisor);
        return (ScheduledRounds) proxy.getProxy();
    }

    private LocalDateTime lockedUntil() {
        return dsl.select(LOCK_UNTIL).from(SHEDLOCK).where(NAME.eq(LOCK)).fetchOne(LOCK_UNTIL);
    }

    private LocalDateTime dbNow() {
        return dsl.select(DSL.currentLocalDateTime()).fetchOne(0, LocalDateTime.class);
    }

    @Test
    void twoInstancesNeverTickTheSchedulerTogether() throws Exception {
        RoundScheduler scheduler = countingScheduler();
        ScheduledRounds a = instance(scheduler);
        ScheduledRounds b = instance(scheduler);

        CompletableFuture<Void> first = CompletableFuture.runAsync(a::run);
        assertThat(ticking.await(60, TimeUnit.SECONDS)).as("instance a ticks").isTrue();
        assertThat(lockedUntil()).as("a holds the job's lock in the shedlock table").isAfter(dbNow());

        b.run(); // while a is still ticking
        assertThat(ticks).as("b skipped its run while a held the lock").hasValue(1);

        finish.countDown();
        first.get(60, TimeUnit.SECONDS);
        b.run();
        assertThat(ticks).as("b runs once a is done").hasValue(2);
    }

    @Test
    void aLockHeldByAnotherNodeUnderTheJobsNameKeepsTheJobFromRunning() {
        finish.countDown(); // ticks here need not wait
        ScheduledRounds job = instance(countingScheduler());
        dsl.deleteFrom(SHEDLOCK).where(NAME.eq(LOCK)).execute();
        dsl.insertInto(SHEDLOCK).set(NAME, LOCK)
                .set(LOCK_UNTIL, DSL.localDateTimeAdd(DSL.currentLocalDateTime(), 1, DatePart.DAY))
                .set(LOCKED_AT, DSL.currentLocalDateTime()).set(LOCKED_BY, "node-b").execute();

        job.run();
        assertThat(ticks).as("node b holds " + LOCK).hasValue(0);
        assertThat(dsl.select(LOCKED_BY).from(SHEDLOCK).where(NAME.eq(LOCK)).fetchOne(LOCKED_BY)).isEqualTo("node-b");

        // node b's lock expired (it died holding it): this node takes over
        dsl.update(SHEDLOCK).set(LOCK_UNTIL, DSL.localDateTimeSub(DSL.currentLocalDateTime(), 1, DatePart.MINUTE))
                .where(NAME.eq(LOCK)).execute();
        job.run();
        assertThat(ticks).hasValue(1);
        assertThat(dsl.select(LOCKED_BY).from(SHEDLOCK).where(NAME.eq(LOCK)).fetchOne(LOCKED_BY))
                .isNotEqualTo("node-b");
    }
}
