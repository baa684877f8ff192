package org.advocacy.kernel.db;

import java.sql.SQLException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives every jOOQ statement the query timeout of the work it belongs to ({@link DatabaseTimeLimit}). */
@Configuration(proxyBeanMethods = false)
class QueryTimeLimitListener {

    @Bean
    ExecuteListenerProvider queryTimeLimitListenerProvider(DatabaseTimeLimit limit) {
        return new DefaultExecuteListenerProvider(new Listener(limit));
    }

    /** Sets the timeout once the statement is prepared and bound, just before it runs. */
    static final class Listener implements ExecuteListener {

        private final DatabaseTimeLimit limit;

        Listener(DatabaseTimeLimit limit) {
            this.limit = limit;
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (ctx.statement() == null) {
                return;
            }
            try {
                // the query timeout is enforced by the server; a server that is frozen or cut off never answers, so
                // the socket gives up a little later (issue 13)
                limit.bound(ctx.statement(), ctx.connection());
            } catch (SQLException e) {
                throw new org.springframework.jdbc.UncategorizedSQLException("setQueryTimeout", ctx.sql(), e);
            }
        }
    }
}
