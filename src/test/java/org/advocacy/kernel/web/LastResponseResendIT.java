package org.advocacy.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.demo.DemoOrganisation;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Against the real server, through Vaadin's own protocol as a browser speaks it: when a browser repeats a request
 * because its answer was lost, it gets the same answer again, although the portal keeps that answer deflated
 * between requests ({@link CompactLastResponse}); the next request then goes on as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LastResponseResendIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String navigate(String key, String route, int id) {
        return "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                + id + "},\"trigger\":\"\"}}],\"syncId\":" + id + ",\"clientId\":" + id + "}";
    }

    private HttpResponse<String> uidl(String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void theCompactHandlerAnswersUidlRequestsBeforeVaadinsOwn() {
        List<RequestHandler> handlers = new ArrayList<>();
        for (ServletRegistrationBean<?> bean : context.getBeansOfType(ServletRegistrationBean.class).values()) {
            if (bean.getServlet() instanceof VaadinServlet servlet) {
                servlet.getService().getRequestHandlers().forEach(handlers::add);
            }
        }
        RequestHandler firstUidl = handlers.stream().filter(h -> h instanceof UidlRequestHandler).findFirst().orElseThrow();
        assertThat(firstUidl).isInstanceOf(CompactLastResponse.Handler.class);
    }

    @Test
    void aRepeatedRequestGetsTheSameAnswerAgainAndTheNextOneGoesOn() throws Exception {
        String login = send(HttpRequest.newBuilder(URI.create(url("/login")))).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(SignIn.EMPLOYEE) + "&password="
                        + enc(DemoOrganisation.PASSWORD) + "&_csrf=" + enc(csrf.group(1)))));
        assertThat(signIn.statusCode()).isEqualTo(302);
        String init = send(HttpRequest.newBuilder(URI.create(url("/?v-r=init&location=&query=")))).body();
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init);
        assertThat(key.find()).as("a Vaadin UI was opened").isTrue();

        HttpResponse<String> home = uidl(navigate(key.group(1), "", 0));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("home-hello").contains("\"syncId\":1");
        assertThat(home.body().length()).as("the home screen's answer is long enough to be kept deflated")
                .isGreaterThan(CompactLastResponse.MIN_CHARS);

        HttpResponse<String> again = uidl(navigate(key.group(1), "", 0));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(home.body());

        HttpResponse<String> next = uidl(navigate(key.group(1), "my-pulse", 1));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("\"syncId\":2").doesNotContain("home-hello");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
