package org.advocacy.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Shown instead of a stack trace when a view fails. A database outage gets its own message: nothing the user
 * already saved is lost, they only need to try again shortly. The details go to the log.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private String titleKey = "error.unexpected.title";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable e = parameter.getCaughtException();
        boolean database = isDatabaseFailure(e);
        boolean timeout = org.advocacy.kernel.db.DatabaseTimeLimit.isTimeout(e);
        titleKey = timeout ? "error.timeout.title" : database ? "error.database.title" : "error.unexpected.title";
        String textKey = timeout ? "error.timeout.text" : database ? "error.database.text" : "error.unexpected.text";
        log.error("View failed at {}: {}", event.getLocation().getPath(), e.toString(), e);
        removeAll();
        addClassName("error-view");
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("error.home")));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // jOOQ's exceptions arrive translated to Spring's DataAccessException; their cause is the SQLException
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
