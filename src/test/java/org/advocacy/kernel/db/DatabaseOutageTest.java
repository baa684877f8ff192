package org.advocacy.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;

/** Which failures are the database being away (answered 503 / the outage page) and which are not. */
class DatabaseOutageTest {

    @Test
    void aPooledConnectionTheServerClosedIsAnOutageThoughTheDriverCallsItBadGrammar() {
        // what the token check met while the embedded server restarted: the pool's time-out carries Connector/J's
        // refusal to use a connection the server had closed, and the translation made it "bad SQL grammar"
        SQLSyntaxErrorException closed = new SQLSyntaxErrorException(
                "(conn=7) Connection.setNetworkTimeout cannot be called on a closed connection", "42000");
        BadSqlGrammarException translated = new BadSqlGrammarException("jOOQ", "select 1", closed);
        assertThat(DatabaseOutage.isOutage(translated)).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("pool time-out", "42000", closed)))
                .isTrue();
    }

    @Test
    void realBadGrammarIsNoOutage() {
        SQLSyntaxErrorException bad = new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000");
        assertThat(DatabaseOutage.isOutage(new BadSqlGrammarException("jOOQ", "selec 1", bad))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("no"))).isFalse();
    }
}
