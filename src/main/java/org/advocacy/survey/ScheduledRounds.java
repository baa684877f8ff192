package org.advocacy.survey;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link RoundScheduler} every minute, on one instance at a time (ShedLock's JDBC lock in table
 * {@code shedlock}, using the database's clock). Off with {@code app.survey.scheduler.enabled=false} (tests drive
 * the scheduler with their own clock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
@ConditionalOnProperty(name = "app.survey.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledRounds {

    private final RoundScheduler scheduler;
    private final Clock clock;

    ScheduledRounds(RoundScheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(fixedDelayString = "${app.survey.scheduler.delay:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "pulse-rounds", lockAtMostFor = "PT5M")
    void run() {
        scheduler.tick(clock);
    }
}
