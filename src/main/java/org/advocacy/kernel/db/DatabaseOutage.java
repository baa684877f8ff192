package org.advocacy.kernel.db;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, frozen, connections cut) from other
 * failures. Such work did not happen, or was rolled back, so the caller may simply try again: the API answers 503
 * with {@code Retry-After}, the public form keeps what the customer typed, a screen shows the outage page (issue 13).
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again while the database is away. */
    public static final String RETRY_AFTER_SECONDS = "10";

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof SocketException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; a connection the driver or the pool closed after a failure
            // (Connector/J reports a call on a connection the server closed with SQLSTATE 42000, "… cannot be
            // called on a closed connection", which the pool's time-out then carries as its cause)
            if (t instanceof SQLException s && ((s.getSQLState() != null && s.getSQLState().startsWith("08"))
                    || "Connection is closed".equals(s.getMessage())
                    || (s.getMessage() != null && s.getMessage().endsWith("on a closed connection")))) {
                return true;
            }
            // a commit that failed, then its rollback too: the commit's failure says what happened
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && tse.getApplicationException() != e && isOutage(tse.getApplicationException())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
