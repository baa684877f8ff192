package org.advocacy.kernel.db;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * How long database work may take (issue 14, docs/decisions/0025). Work runs inside a <em>deadline</em>: an HTTP
 * request gets one when it starts ({@link RequestTimeLimitFilter}), background work can take one with
 * {@link #within}. Every jOOQ statement then gets the rest of that deadline as its JDBC query timeout, which
 * MariaDB Connector/J turns into the server's {@code max_statement_time}: the server stops the statement, its
 * result is never built, and the caller gets a {@link QueryTimeoutException}. Statements outside any deadline
 * (scheduled jobs, start-up) get the background limit each.
 */
@Component
public class DatabaseTimeLimit {

    private static final ThreadLocal<Instant> DEADLINE = new ThreadLocal<>();

    private final Duration request;
    private final Duration importLimit;
    private final Duration background;
    private final List<String> importPaths;
    private final Clock clock = Clock.systemUTC();

    public DatabaseTimeLimit(@Value("${app.db.time-limit.request:15s}") Duration request,
            @Value("${app.db.time-limit.import:120s}") Duration importLimit,
            @Value("${app.db.time-limit.background:300s}") Duration background,
            @Value("${app.db.time-limit.import-paths:}") List<String> importPaths) {
        this.request = positive(request, "request");
        this.importLimit = positive(importLimit, "import");
        this.background = positive(background, "background");
        this.importPaths = importPaths.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("app.db.time-limit." + name + " must be positive");
        }
        return d;
    }

    /** The limit of an HTTP request's database work: imports get the longer import limit. */
    public Duration limitForPath(String path) {
        return path != null && importPaths.stream().anyMatch(path::startsWith) ? importLimit : request;
    }

    public Duration requestLimit() {
        return request;
    }

    public Duration importLimit() {
        return importLimit;
    }

    public Duration backgroundLimit() {
        return background;
    }

    /**
     * Runs work with a deadline {@code limit} from now (replacing an outer one while it runs, so an import started
     * from a screen may take the import limit). Use it for background work started from a view or a job.
     */
    public <T> T within(Duration limit, Supplier<T> work) {
        Instant outer = DEADLINE.get();
        DEADLINE.set(clock.instant().plus(limit));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    public void run(Duration limit, Runnable work) {
        within(limit, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The JDBC query timeout (whole seconds, at least 1) for the statement about to run on this thread; throws when
     * the deadline has already passed, so a request that used up its time runs no further statement.
     */
    int secondsForNextStatement() {
        Instant deadline = DEADLINE.get();
        if (deadline == null) {
            return seconds(background);
        }
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new DatabaseTimeoutException();
        }
        return seconds(left);
    }

    /** How much longer than a statement's own limit the portal waits for a silent server (issue 13). */
    static final int NETWORK_GRACE_MS = 5_000;

    /**
     * Gives a statement the limit of the work on this thread, as every jOOQ statement gets it
     * ({@link QueryTimeLimitListener}): the rest of the deadline as its query timeout (MariaDB's
     * {@code max_statement_time}), and the connection it was prepared on a network timeout a grace later, for a
     * server that is frozen or cut off. Also for the few statements that jOOQ renders but plain JDBC binds and runs
     * (bulk inserts). Throws when the deadline has already passed; the pool resets the network timeout when the
     * connection returns.
     */
    public void bound(java.sql.Statement statement, java.sql.Connection connection) throws SQLException {
        int seconds = secondsForNextStatement();
        statement.setQueryTimeout(seconds);
        connection.setNetworkTimeout(Runnable::run,
                (int) Math.min(Integer.MAX_VALUE, seconds * 1000L + NETWORK_GRACE_MS));
    }

    /** What is left of the deadline of the work on this thread, or null outside any deadline (issue 13). */
    Duration timeLeft() {
        Instant deadline = DEADLINE.get();
        return deadline == null ? null : Duration.between(clock.instant(), deadline);
    }

    private static int seconds(Duration d) {
        long ms = d.toMillis();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (ms + 999) / 1000));
    }

    /** True when the failure (or one of its causes) is database work stopped by its time limit. */
    public static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof java.sql.SQLTimeoutException) {
                return true;
            }
            // 1969: "Query execution was interrupted (max_statement_time exceeded)"
            if (t instanceof SQLException s && (s.getErrorCode() == 1969 || "70100".equals(s.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Thrown before a statement when its work's deadline has already passed. */
    public static class DatabaseTimeoutException extends QueryTimeoutException {
        public DatabaseTimeoutException() {
            super("The database time limit of this work has been used up");
        }
    }
}
