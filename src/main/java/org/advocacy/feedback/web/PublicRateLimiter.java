package org.advocacy.feedback.web;

import java.time.Duration;
import org.advocacy.kernel.RateLimits;
import org.advocacy.kernel.RateLimits.Decision;
import org.advocacy.kernel.RateLimits.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Submission allowances of the public pages, counted in MariaDB so that every node shares them (decision 0037): per
 * client address and per branch for the web form; a kiosk has its own allowance and does not use the others, so a
 * busy counter tablet behind one address keeps working while a flood from elsewhere is refused. When the database is
 * away the check fails like the submission would, and the form answers with its page that keeps what was typed.
 */
@Component
class PublicRateLimiter {

    private final RateLimits limits;
    private final Limit perClient;
    private final Limit perBranch;
    private final Limit perKiosk;

    PublicRateLimiter(RateLimits limits, @Value("${app.feedback.rate.per-client-per-hour:20}") int perClient,
            @Value("${app.feedback.rate.per-branch-per-minute:60}") int perBranch,
            @Value("${app.feedback.rate.per-kiosk-per-minute:12}") int perKiosk) {
        this.limits = limits;
        this.perClient = new Limit("form-client", perClient, Duration.ofHours(1));
        this.perBranch = new Limit("form-branch", perBranch, Duration.ofMinutes(1));
        this.perKiosk = new Limit("kiosk", perKiosk, Duration.ofMinutes(1));
    }

    /** One web-form submission from this client to this branch; refused when either allowance is used up. */
    Decision tryWeb(String client, long branchId) {
        Decision c = limits.take(perClient, client);
        if (!c.granted()) {
            return c;
        }
        Decision b = limits.take(perBranch, Long.toString(branchId));
        if (!b.granted()) {
            limits.giveBack(perClient, client); // refused for the branch: do not also charge the client
        }
        return b;
    }

    Decision tryKiosk(long kioskId) {
        return limits.take(perKiosk, Long.toString(kioskId));
    }
}
