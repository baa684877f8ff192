package org.advocacy.kernel.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write that two requests may make at the same moment runs in a transaction of its own, and runs again when the
 * database chose it as a deadlock's victim or it gave up waiting for a row lock (issue 13). On one InnoDB server
 * that is rare. On a Galera cluster it is how a certification conflict between two nodes arrives: a double tap whose
 * two requests reach two nodes both try to take the same one-answer-per-round key, and the loser gets error 1213 at
 * commit although on one server it would simply have waited. The database has rolled the victim's whole transaction
 * back, so running it again from the start is safe. The second run then sees the winner's row: an answer already
 * stored says "already answered", and an id already stored gives back the stored answer. Nobody sees an error, and
 * nothing is stored twice.
 * <p>
 * Three attempts at most, with a short random pause between them (20 ms, then 40 ms, ±10 ms), so that two victims do
 * not meet again at once. Then the conflict is the caller's, as before. Spring Framework's own {@link RetryTemplate}
 * does the repeating. A caller already inside a transaction is not retried here: the database rolled back that whole
 * transaction, and only its owner can run it again.
 */
@Component
public class LockRetry {

    private static final Logger log = LoggerFactory.getLogger(LockRetry.class);

    /** Runs of the work at most, the first included. */
    public static final int ATTEMPTS = 3;

    private final TransactionTemplate transactions;
    private final RetryTemplate retry;

    public LockRetry(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.retry = new RetryTemplate(RetryPolicy.builder().maxRetries(ATTEMPTS - 1).delay(Duration.ofMillis(20))
                .multiplier(2).jitter(Duration.ofMillis(10)).predicate(LockRetry::isLockConflict).build());
        // each repeat is logged: on one server they are rare, on Galera their number shows how often nodes collide
        this.retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> work, RetryState state) {
                Throwable last = state.getLastException();
                log.info("Lock conflict ({}): the transaction runs again, after {} run(s) so far",
                        last == null ? "?" : last.getClass().getSimpleName(), state.getExceptions().size());
            }
        });
    }

    /** The work in a transaction of its own, run again after a deadlock or lock wait time-out; or in the caller's. */
    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return retry.invoke(() -> transactions.execute(status -> work.get()));
    }

    /** {@link #inTransaction(Supplier)} for work without a result. */
    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * A deadlock's victim (MariaDB 1213, Galera's certification failure) or a lock wait time-out (1205): Spring's
     * translation of either, or the driver's exception anywhere in the causes (SQLSTATE 40001).
     */
    public static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213
                    || s.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }
}
