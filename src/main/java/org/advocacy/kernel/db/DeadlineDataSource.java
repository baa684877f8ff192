package org.advocacy.kernel.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A database server that is frozen or cut off mid-connection never answers, and the driver waits for it forever by
 * default (issue 13). Every connection handed out inside a request is therefore given a network timeout of what is
 * left of the request's database time limit ({@link DatabaseTimeLimit}) plus a grace: beginning and committing the
 * transaction included, the request then fails with a database outage (503, the outage page) instead of hanging a
 * thread. The pool (HikariCP) puts the connection's own timeout back when it returns; work outside a request
 * (start-up migrations, jobs) is not cut short here, its jOOQ statements get their own limit per statement.
 */
class DeadlineDataSource extends DelegatingDataSource {

    static final int GRACE_MS = 5_000;

    private final ObjectProvider<DatabaseTimeLimit> limit;

    DeadlineDataSource(DataSource target, ObjectProvider<DatabaseTimeLimit> limit) {
        super(target);
        this.limit = limit;
    }

    /** Pooled connections tried before giving up when the pool hands out ones the server has closed. */
    static final int ATTEMPTS = 3;

    @Override
    public Connection getConnection() throws SQLException {
        return bounded(super::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bounded(() -> super.getConnection(username, password));
    }

    private interface Source {
        Connection get() throws SQLException;
    }

    /**
     * A connection with the network timeout of the request. A pooled connection the server closed meanwhile (it
     * restarted, or cut it) refuses the timeout: it is taken out of the pool and the next one tried; when none
     * works, the failure is a lost connection (SQLSTATE 08003), which callers answer as the outage it is, not as
     * the bad SQL grammar the driver's own error would be translated to.
     */
    private Connection bounded(Source source) throws SQLException {
        DatabaseTimeLimit l = limit.getIfAvailable();
        Duration left = l == null ? null : l.timeLeft();
        if (left == null) {
            return source.get();
        }
        long ms = Math.max(1_000, Math.min(Integer.MAX_VALUE - GRACE_MS, left.toMillis())) + GRACE_MS;
        SQLException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Connection c = source.get();
            try {
                c.setNetworkTimeout(Runnable::run, (int) ms);
                return c;
            } catch (SQLException | RuntimeException e) {
                discard(c);
                if (lost == null) {
                    lost = new java.sql.SQLNonTransientConnectionException(
                            "The connection was closed by the database: " + e.getMessage(), "08003", e);
                }
            }
        }
        throw lost;
    }

    private void discard(Connection c) {
        try {
            DataSource target = getTargetDataSource();
            if (target instanceof HikariDataSource hikari) {
                hikari.evictConnection(c);
            } else {
                c.close();
            }
        } catch (SQLException | RuntimeException ignored) {
            // the connection is gone either way
        }
    }

    /** Wraps the pool, the embedded database's or the one Spring Boot configures from {@code DB_URL}. */
    @Configuration(proxyBeanMethods = false)
    static class Wrapping {
        @Bean
        static BeanPostProcessor deadlineDataSourceWrapper(ObjectProvider<DatabaseTimeLimit> limit) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof HikariDataSource ds ? new DeadlineDataSource(ds, limit) : bean;
                }
            };
        }
    }
}
