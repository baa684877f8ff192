package org.advocacy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/**
 * Issue 14: when a screen's database work runs over its time limit, the user gets a clear translated notice from
 * the session's error handler; other failures keep Vaadin's default handling.
 */
class TimeLimitNoticeTest extends KaribuTest {

    @Test
    void aTimedOutClickShowsTheTranslatedNotice() {
        var handler = VaadinSession.getCurrent().getErrorHandler();
        handler.error(new ErrorEvent(new RuntimeException("wrapped",
                new QueryTimeoutException("timed out", new SQLTimeoutException("max_statement_time", "70100", 1969)))));
        NotificationsKt.expectNotifications(en("error.timeout.text"));
        NotificationsKt.clearNotifications();

        UI.getCurrent().setLocale(Locale.forLanguageTag("vi"));
        handler.error(new ErrorEvent(new DatabaseTimeLimit.DatabaseTimeoutException()));
        NotificationsKt.expectNotifications(translations.get("error.timeout.text", Locale.forLanguageTag("vi")));
        NotificationsKt.clearNotifications();

        handler.error(new ErrorEvent(new IllegalStateException("something else")));
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void timeoutsAreRecognisedByCauseAndErrorCode() {
        assertThat(DatabaseTimeLimit.isTimeout(new RuntimeException(new java.sql.SQLException("x", "70100", 1969))))
                .isTrue();
        assertThat(DatabaseTimeLimit.isTimeout(new RuntimeException(new java.sql.SQLException("x", "23000", 1062))))
                .isFalse();
        assertThat(DatabaseTimeLimit.isTimeout(new IllegalStateException())).isFalse();
    }
}
