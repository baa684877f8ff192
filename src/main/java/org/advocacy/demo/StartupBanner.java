package org.advocacy.demo;

import org.advocacy.demo.DemoOrganisation.DemoLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Prints where the portal answers and, with the demo organisation, one sign-in per role. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DemoStartup demo;
    private final DemoData demoData;
    private final String url;

    StartupBanner(DemoStartup demo, DemoData demoData, @Value("${app.public-url}") String url) {
        this.demo = demo;
        this.demoData = demoData;
        this.url = url;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void print(ApplicationReadyEvent event) {
        StringBuilder s = new StringBuilder("\n\n  Advocacy Portal is running at ").append(url).append("\n");
        if (demo.enabled() && demoData.isDemoOrganisation()) {
            s.append("\n  Demo organisation \"").append(DemoOrganisation.NAME).append("\" — sign in as (password ")
                    .append(DemoOrganisation.PASSWORD).append("):\n");
            for (DemoLogin l : DemoOrganisation.LOGINS) {
                s.append(String.format("    %-9s %-22s %s%n", l.role(), l.email(), l.fullName()));
            }
        }
        log.info(s.toString());
    }
}
