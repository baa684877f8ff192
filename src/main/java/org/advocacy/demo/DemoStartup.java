package org.advocacy.demo;

import org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decides at start-up whether to generate the demo organisation: by default with the embedded database, and
 * with an external one only when asked ({@code --demo} or {@code app.demo.enabled=true}).
 */
@Component
@Order(0)
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoData demoData;
    private final boolean enabled;

    DemoStartup(DemoData demoData, ObjectProvider<EmbeddedMariaDb> embedded,
            @Value("${app.demo.enabled:}") String demoSetting) {
        this.demoData = demoData;
        this.enabled = demoSetting.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(demoSetting);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled || args.containsOption("demo")) {
            if (!demoData.generateIfEmpty()) {
                log.info("The database already holds an organisation: no demo data generated");
            }
        }
    }

    boolean enabled() {
        return enabled;
    }
}
