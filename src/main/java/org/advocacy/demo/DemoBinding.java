package org.advocacy.demo;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo organisation has 301 accounts sharing one published password, so a portal that holds it listens on the
 * loopback interface only (docs/decisions/0016): {@code java -jar} or {@code docker run} without {@code DB_URL} is
 * not reachable from the network by accident. {@code APP_DEMO_PUBLIC=true} allows other machines on purpose (a
 * sales demo, a Docker port mapping). Runs after Spring Boot's own customizer, so it wins over {@code server.address}.
 */
@Component
class DemoBinding implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoBinding.class);

    private final boolean demo;
    private final boolean demoPublic;

    DemoBinding(Environment env, ApplicationArguments args, @Value("${app.demo.public:false}") boolean demoPublic) {
        this.demo = demoEnabled(env.getProperty("app.demo.enabled", ""), env.getProperty("spring.datasource.url", ""),
                args.containsOption("demo"));
        this.demoPublic = demoPublic;
    }

    /** The same rule as DemoStartup: asked for, or by default with the embedded database (no DB_URL). */
    static boolean demoEnabled(String setting, String datasourceUrl, boolean demoOption) {
        if (demoOption) {
            return true;
        }
        return setting == null || setting.isBlank() ? datasourceUrl == null || datasourceUrl.isBlank()
                : Boolean.parseBoolean(setting.trim());
    }

    /** True when the server must listen on loopback only. */
    boolean loopbackOnly() {
        return demo && !demoPublic;
    }

    boolean demo() {
        return demo;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (loopbackOnly()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            log.info("Demo data: listening on {} only (APP_DEMO_PUBLIC=true opens it to the network)",
                    InetAddress.getLoopbackAddress().getHostAddress());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
