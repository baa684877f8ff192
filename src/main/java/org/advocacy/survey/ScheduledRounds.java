package org.advocacy.survey;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link RoundScheduler} every minute, on one instance at a time (ShedLock's JDBC lock in table
 * {@code shedlock}, using the database's clock; set up in {@code kernel.SchedulerLocks}). Off with {@code app.survey.scheduler.enabled=false} (tests drive
 * the scheduler with their own clock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "app.survey.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledRounds {

    private final RoundScheduler scheduler;
    private final Clock clock;

    ScheduledRounds(RoundScheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.survey.scheduler.delay:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "pulse-rounds", lockAtMostFor = "PT5M")
    void run() {
        scheduler.tick(clock);
    }
}
