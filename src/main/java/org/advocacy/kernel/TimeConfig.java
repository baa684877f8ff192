package org.advocacy.kernel;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can move time; timestamps are stored in UTC. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OrgTimeZone orgTimeZone(@Value("${app.org.time-zone}") String zone) {
        return new OrgTimeZone(ZoneId.of(zone));
    }
}
