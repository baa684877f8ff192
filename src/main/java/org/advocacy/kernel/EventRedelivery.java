package org.advocacy.kernel;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the events a dead node left behind (issue 13, decision 0037). A node stores each event publication in
 * the transaction that causes it and delivers it after the commit; killed in between, it leaves the publication
 * incomplete. Every minute one node (ShedLock) delivers again every publication still incomplete after
 * {@code app.events.redeliver-after}, so the rollups catch up within minutes instead of at the next restart. The age
 * is well above the time a live node needs to deliver its own events, so normally nothing is delivered twice; if it
 * is (a node stalled for longer), the listeners recompute from the raw rows and a second delivery changes nothing.
 */
@Component
public class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Duration age;

    EventRedelivery(IncompleteEventPublications incomplete,
            @Value("${app.events.redeliver-after:5m}") Duration age) {
        this.incomplete = incomplete;
        this.age = age;
    }

    @Scheduled(cron = "${app.events.redeliver-cron:30 * * * * *}")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void redeliver() {
        log.debug("Delivering event publications still incomplete after {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }

    /** The age after which another node's incomplete publication counts as left behind. */
    public Duration age() {
        return age;
    }
}
