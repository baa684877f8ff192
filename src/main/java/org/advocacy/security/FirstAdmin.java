package org.advocacy.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production start has no default password: the first administrator comes from ADMIN_EMAIL and ADMIN_PASSWORD,
 * or, when those are not set, from the one-time setup page at /setup.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountService accounts;
    private final String email;
    private final String password;

    FirstAdmin(UserAccountService accounts, @Value("${app.admin.email:}") String email,
            @Value("${app.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void ensureAdmin() {
        if (accounts.adminExists()) {
            return;
        }
        if (!email.isBlank() && !password.isBlank()) {
            accounts.createFirstAdmin(email, "Administrator", password);
            log.info("Created the first administrator {} from ADMIN_EMAIL", email);
        } else {
            log.warn("No administrator exists yet: open /setup in a browser to create one, or set ADMIN_EMAIL and ADMIN_PASSWORD");
        }
    }
}
