package org.advocacy.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security's CSRF token into the page as {@code <meta name="_csrf">} and {@code _csrf_parameter}: the
 * Vaadin login form copies them into its native POST to {@code /login}, which the UI filter chain checks (login
 * CSRF, docs/decisions/0015).
 */
@Component
class LoginCsrfToken implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object attribute = response.getVaadinRequest().getAttribute(CsrfToken.class.getName());
            if (attribute instanceof CsrfToken token) {
                var head = response.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf_header").attr("content", token.getHeaderName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            }
        });
    }
}
