package org.advocacy.shell;

import org.advocacy.kernel.ui.FormNotices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click or a lazy-loading grid on a screen runs into its database time limit, the user gets a clear,
 * translated notice (try again, or narrow the filter) instead of a silently broken screen; everything else goes to
 * Vaadin's default handling. Failures while opening a view are shown by {@link ErrorView}.
 */
@Component
class TimeLimitErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(TimeLimitErrorHandler.class);
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && DatabaseTimeLimit.isTimeout(event.getThrowable())) {
            log.warn("A screen's database work ran over its time limit: {}", event.getThrowable().toString());
            FormNotices.error(ui.getTranslation("error.timeout.text")).setId("time-limit-notice");
            return;
        }
        if (ui != null && ErrorView.isDatabaseFailure(event.getThrowable())
                && org.advocacy.kernel.db.DatabaseOutage.isOutage(event.getThrowable())) {
            // the database is away (issue 13): nothing was saved by this click; say so and let the user retry
            log.warn("A screen found the database unavailable: {}", event.getThrowable().toString());
            FormNotices.error(ui.getTranslation("error.database.text")).setId("database-notice");
            return;
        }
        fallback.error(event);
    }
}
