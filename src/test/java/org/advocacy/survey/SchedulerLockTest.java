package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.advocacy.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances (two lock providers on the same database, as ScheduledRounds builds them) never hold the
 * scheduler's lock at once: the second is refused until the first releases it.
 */
@PortalTest
class SchedulerLockTest {

    @Autowired
    DataSource dataSource;

    private LockProvider instance() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Test
    void onlyOneInstanceHoldsThePulseRoundsLock() {
        LockProvider a = instance();
        LockProvider b = instance();
        LockConfiguration config = new LockConfiguration(Instant.now(), "pulse-rounds-test", Duration.ofMinutes(5),
                Duration.ZERO);
        Optional<SimpleLock> first = a.lock(config);
        assertThat(first).isPresent();
        assertThat(b.lock(config)).isEmpty();
        first.get().unlock();
        Optional<SimpleLock> second = b.lock(config);
        assertThat(second).isPresent();
        second.get().unlock();
    }
}
