package org.advocacy.demo;

import java.net.InetAddress;
import org.advocacy.demo.DemoOrganisation.DemoLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Prints where the portal answers and, with the demo organisation, one sign-in per role and who can reach it:
 * loopback only, or the network because APP_DEMO_PUBLIC says so (docs/decisions/0016).
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DemoData demoData;
    private final DemoBinding binding;
    private final String url;

    StartupBanner(DemoData demoData, DemoBinding binding, @Value("${app.public-url}") String url) {
        this.demoData = demoData;
        this.binding = binding;
        this.url = url;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void print(ApplicationReadyEvent event) {
        String text = text(demoData.isDemoOrganisation());
        if (demoData.isDemoOrganisation() && !binding.loopbackOnly()) {
            log.warn(text);
        } else {
            log.info(text);
        }
    }

    String text(boolean demoOrganisation) {
        StringBuilder s = new StringBuilder("\n\n  Advocacy Portal is running at ").append(url).append("\n");
        if (demoOrganisation) {
            s.append("\n  Demo organisation \"").append(DemoOrganisation.NAME).append("\" — sign in as (password ")
                    .append(DemoOrganisation.PASSWORD).append("):\n");
            for (DemoLogin l : DemoOrganisation.LOGINS) {
                s.append(String.format("    %-9s %-22s %s%n", l.role(), l.email(), l.fullName()));
            }
            if (binding.loopbackOnly()) {
                s.append("\n  The demo accounts share a published password, so the portal listens on ")
                        .append(InetAddress.getLoopbackAddress().getHostAddress())
                        .append(" only: other machines cannot reach it.\n")
                        .append("  Set APP_DEMO_PUBLIC=true to open it to the network on purpose; for real use, set DB_URL.\n");
            } else if (binding.demo()) {
                s.append("\n  WARNING: APP_DEMO_PUBLIC=true — the demo accounts and their published password are reachable")
                        .append(" from the network.\n");
            } else {
                s.append("\n  WARNING: this database holds the demo organisation (published password) and the portal")
                        .append(" listens on every interface.\n  Start with --demo (loopback only) or remove the demo data")
                        .append(" before real use.\n");
            }
        }
        return s.toString();
    }
}
