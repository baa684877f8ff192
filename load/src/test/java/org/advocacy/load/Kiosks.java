package org.advocacy.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kiosk device links for the load, made the way a manager makes them: the harness signs in as the demo's branch
 * manager, opens <i>Kiosks and QR codes</i> in a Vaadin UI, types a name into the kiosk name field and clicks
 * <i>Create kiosk link</i> (UIDL property sync, change event and click, node ids read from the server's changes),
 * and reads the link the screen shows once. Only the link's hash is stored, so every run makes its own links.
 */
final class Kiosks {

    private static final Pattern LINK = Pattern.compile("/k/([A-Za-z0-9_-]{20,64})");

    private Kiosks() {
    }

    /** {@code count} new kiosk links ({@code /k/<token>}) of the manager's first branch. */
    static List<String> create(String url, String manager, String password, int count) {
        try (HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            String login = send(c, HttpRequest.newBuilder(URI.create(url + "/login")).build()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            HttpResponse<String> signIn = send(c, HttpRequest.newBuilder(URI.create(url + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(manager) + "&password=" + enc(password)
                            + "&_csrf=" + enc(csrf.group(1)))).build());
            if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + manager + " failed: " + signIn.statusCode());
            }
            String init = send(c, HttpRequest.newBuilder(URI.create(url + "/?v-r=init&location=&query=")).build()).body();
            Ui ui = new Ui(c, url, group(init, "\"Vaadin-Security-Key\":\"([^\"]+)\""),
                    Integer.parseInt(group(init, "\"syncId\":(\\d+)")), Integer.parseInt(group(init, "\"clientId\":(\\d+)")));
            String screen = ui.send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                    + "\"feedback/kiosks\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            String name = node(screen, "kiosk-name");
            String create = node(screen, "kiosk-create");
            List<String> links = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String label = "Load kiosk " + System.currentTimeMillis() % 100_000 + "-" + i;
                String answer = ui.send("{\"type\":\"mSync\",\"node\":" + name + ",\"feature\":1,\"property\":\"value\","
                        + "\"value\":\"" + label + "\"},{\"type\":\"event\",\"node\":" + name + ",\"event\":\"change\","
                        + "\"data\":{}},{\"type\":\"event\",\"node\":" + create + ",\"event\":\"click\",\"data\":{}}");
                Matcher link = LINK.matcher(answer);
                if (!link.find()) {
                    throw new IllegalStateException("no kiosk link after creating one: " + answer.substring(0,
                            Math.min(600, answer.length())));
                }
                links.add("/k/" + link.group(1));
            }
            return links;
        }
    }

    /** One Vaadin UI of a signed-in session: its security key and the sync and client ids it must send next. */
    private static final class Ui {
        private final HttpClient c;
        private final String url;
        private final String key;
        private int syncId;
        private int clientId;

        Ui(HttpClient c, String url, String key, int syncId, int clientId) {
            this.c = c;
            this.url = url;
            this.key = key;
            this.syncId = syncId;
            this.clientId = clientId;
        }

        String send(String rpc) {
            String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + "}";
            HttpResponse<String> r = Kiosks.send(c, HttpRequest.newBuilder(URI.create(url + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (r.statusCode() != 200 || r.body().contains("appError") || r.body().contains("sessionExpired")) {
                throw new IllegalStateException("UIDL request failed (" + r.statusCode() + "): " + r.body());
            }
            syncId = Integer.parseInt(group(r.body(), "\"syncId\":(\\d+)"));
            clientId = Integer.parseInt(group(r.body(), "\"clientId\":(\\d+)"));
            return r.body();
        }
    }

    private static String node(String changes, String id) {
        return group(changes, "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + id + "\"");
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found in the portal's answer: " + regex);
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpClient c, HttpRequest request) {
        try {
            return c.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The portal does not answer: start it first (README)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
