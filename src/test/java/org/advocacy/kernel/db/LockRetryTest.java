package org.advocacy.kernel.db;

import static org.advocacy.jooq.Tables.RATE_LIMIT_BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocacy.kernel.ValidationException;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction the database picks as a deadlock's victim runs again (issue 13; what a Galera certification conflict
 * looks like to the portal): a real deadlock on MariaDB, two transactions taking two rows in opposite orders.
 */
@PortalTest
class LockRetryTest {

    @Autowired
    LockRetry lockRetry;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final String a = "lock-retry-test-a-" + UUID.randomUUID();
    private final String b = "lock-retry-test-b-" + UUID.randomUUID();

    @AfterEach
    void tidy() {
        dsl.deleteFrom(RATE_LIMIT_BUCKET).where(RATE_LIMIT_BUCKET.BUCKET_KEY.in(a, b)).execute();
    }

    @Test
    void aDeadlocksVictimRunsAgainAndBothTransactionsComplete() throws Exception {
        for (String key : List.of(a, b)) {
            dsl.insertInto(RATE_LIMIT_BUCKET).set(RATE_LIMIT_BUCKET.BUCKET_KEY, key)
                    .set(RATE_LIMIT_BUCKET.FULL_AT, LocalDateTime.of(2030, 1, 1, 0, 0)).set(RATE_LIMIT_BUCKET.GRANTED, true)
                    .execute();
        }
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        // two threads of their own (the common pool may have one on two cores, and the two must meet)
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lockRetry.inTransaction(
                    () -> takeBoth(a, b, bothHoldOneRow, runs)), two);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lockRetry.inTransaction(
                    () -> takeBoth(b, a, bothHoldOneRow, runs)), two);
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }

        assertThat(runs.get()).as("the victim ran a second time, the winner once").isEqualTo(3);
        assertThat(dsl.fetchValue(RATE_LIMIT_BUCKET.FULL_AT, RATE_LIMIT_BUCKET.BUCKET_KEY.eq(a)))
                .as("both transactions' two updates are in").isEqualTo(LocalDateTime.of(2030, 1, 1, 0, 4));
        assertThat(dsl.fetchValue(RATE_LIMIT_BUCKET.FULL_AT, RATE_LIMIT_BUCKET.BUCKET_KEY.eq(b)))
                .isEqualTo(LocalDateTime.of(2030, 1, 1, 0, 4));
    }

    /** Moves both rows' time on by two minutes, the first one first; on the first run both meet holding one row each. */
    private void takeBoth(String first, String second, CyclicBarrier bothHoldOneRow, AtomicInteger runs) {
        int run = runs.incrementAndGet();
        later(first);
        if (run <= 2) {
            try {
                bothHoldOneRow.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        later(second);
    }

    private void later(String key) {
        dsl.update(RATE_LIMIT_BUCKET).set(RATE_LIMIT_BUCKET.FULL_AT,
                        org.jooq.impl.DSL.localDateTimeAdd(RATE_LIMIT_BUCKET.FULL_AT, 2, org.jooq.DatePart.MINUTE))
                .where(RATE_LIMIT_BUCKET.BUCKET_KEY.eq(key)).execute();
    }

    @Test
    void onlyLockConflictsAreRetriedAndAtMostThreeRunsInAll() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> lockRetry.inTransaction(() -> {
            runs.incrementAndGet();
            throw new CannotAcquireLockException("lock wait timeout");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(runs.get()).as("given up after the third run, with the conflict itself").isEqualTo(LockRetry.ATTEMPTS);

        runs.set(0);
        assertThatThrownBy(() -> lockRetry.inTransaction(() -> {
            runs.incrementAndGet();
            throw new ValidationException(null, "survey.error.alreadyAnswered");
        })).isInstanceOf(ValidationException.class);
        assertThat(runs.get()).as("a refusal is an answer, not a conflict").isEqualTo(1);

        runs.set(0);
        assertThatThrownBy(() -> lockRetry.inTransaction(() -> {
            runs.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(runs.get()).isEqualTo(1);

        runs.set(0);
        String result = lockRetry.inTransaction(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new RuntimeException("wrapped", new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void insideTheCallersTransactionNothingIsRepeated() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                lockRetry.inTransaction(() -> {
                    runs.incrementAndGet();
                    throw new PessimisticLockingFailureException("deadlock");
                }))).isInstanceOf(PessimisticLockingFailureException.class);
        assertThat(runs.get()).as("the rolled-back transaction is its owner's to repeat").isEqualTo(1);
    }

    @Test
    void whatCountsAsALockConflict() {
        assertThat(LockRetry.isLockConflict(new CannotAcquireLockException("x"))).isTrue();
        assertThat(LockRetry.isLockConflict(new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205)))).isTrue();
        assertThat(LockRetry.isLockConflict(new SQLException("Deadlock", "40001"))).isTrue();
        assertThat(LockRetry.isLockConflict(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(LockRetry.isLockConflict(new IllegalStateException("x"))).isFalse();
    }
}
