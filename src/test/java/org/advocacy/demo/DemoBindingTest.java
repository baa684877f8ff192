package org.advocacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

/** The demo organisation is not reachable from the network by accident (issue 9). */
class DemoBindingTest {

    private static DemoBinding binding(MockEnvironment env, boolean demoPublic, String... args) {
        return new DemoBinding(env, new DefaultApplicationArguments(args), demoPublic);
    }

    private static InetAddress boundTo(DemoBinding binding) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        binding.customize(factory);
        return factory.getAddress();
    }

    @Test
    void theEmbeddedDemoListensOnLoopbackOnly() throws Exception {
        // java -jar / docker run without DB_URL: embedded database, demo data
        DemoBinding b = binding(new MockEnvironment(), false);
        assertThat(b.loopbackOnly()).isTrue();
        assertThat(boundTo(b)).isEqualTo(InetAddress.getLoopbackAddress());
        // even when server.address asked for every interface (this customizer runs last)
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        factory.setAddress(InetAddress.getByName("0.0.0.0"));
        b.customize(factory);
        assertThat(factory.getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void demoWithARealDatabaseAlsoListensOnLoopbackUnlessMadePublic() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/advocacy");
        assertThat(boundTo(binding(env, false, "--demo"))).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(boundTo(binding(env.withProperty("app.demo.enabled", "true"), false))).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(boundTo(binding(env, true))).as("APP_DEMO_PUBLIC=true").isNull();
    }

    @Test
    void productionIsNotRestricted() {
        // docker compose: DB_URL set, no demo
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/advocacy");
        assertThat(binding(env, false).loopbackOnly()).isFalse();
        assertThat(boundTo(binding(env, false))).as("every interface").isNull();
        MockEnvironment embeddedNoDemo = new MockEnvironment().withProperty("app.demo.enabled", "false");
        assertThat(binding(embeddedNoDemo, false).loopbackOnly()).isFalse();
    }

    @Test
    void theBannerSaysWhoCanReachTheDemo() {
        DemoData data = null; // text() does not ask the database
        String loopback = new StartupBanner(data, binding(new MockEnvironment(), false), "http://localhost:8080").text(true);
        assertThat(loopback).contains("listens on " + InetAddress.getLoopbackAddress().getHostAddress() + " only")
                .contains("APP_DEMO_PUBLIC=true").contains("demo-senspa");
        String open = new StartupBanner(data, binding(new MockEnvironment(), true), "http://localhost:8080").text(true);
        assertThat(open).contains("WARNING").contains("reachable from the network");
        String production = new StartupBanner(data, binding(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db/a"), false), "https://portal").text(false);
        assertThat(production).doesNotContain("demo").doesNotContain("WARNING");
    }
}
