package org.advocacy.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in through the login form (Spring's CSRF token from the page) with one Vaadin UI opened
 * ({@code v-r=init}), for the harness's set-up and probes outside Gatling: the UI's security key and the sync and
 * client ids every UIDL request must carry, kept from one answer to the next. The client brings its own cookies.
 */
final class SignedInUi {

    private final HttpClient c;
    private final String url;
    private final String key;
    private int syncId;
    private int clientId;

    private SignedInUi(HttpClient c, String url, String key, int syncId, int clientId) {
        this.c = c;
        this.url = url;
        this.key = key;
        this.syncId = syncId;
        this.clientId = clientId;
    }

    static SignedInUi open(HttpClient c, String url, String email, String password) {
        String login = send(c, HttpRequest.newBuilder(URI.create(url + "/login")).build()).body();
        String csrf = group(login, "name=\"_csrf\" content=\"([^\"]+)\"");
        HttpResponse<String> signIn = send(c, HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(password)
                        + "&_csrf=" + enc(csrf))).build());
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + signIn.statusCode());
        }
        String init = send(c, HttpRequest.newBuilder(URI.create(url + "/?v-r=init&location=&query=")).build()).body();
        return new SignedInUi(c, url, group(init, "\"Vaadin-Security-Key\":\"([^\"]+)\""),
                Integer.parseInt(group(init, "\"syncId\":(\\d+)")), Integer.parseInt(group(init, "\"clientId\":(\\d+)")));
    }

    /** One UIDL round trip with these invocations; returns the server's changes. */
    String send(String rpc) {
        String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
        HttpResponse<String> r = send(c, HttpRequest.newBuilder(URI.create(url + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 200 || r.body().contains("appError") || r.body().contains("sessionExpired")) {
            throw new IllegalStateException("UIDL request failed (" + r.statusCode() + "): " + r.body());
        }
        syncId = Integer.parseInt(group(r.body(), "\"syncId\":(\\d+)"));
        clientId = Integer.parseInt(group(r.body(), "\"clientId\":(\\d+)"));
        return r.body();
    }

    /** The navigation to a route, as the router sends it. */
    String navigate(String route) {
        return send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    }

    /** The node id of the element with this id attribute in the server's changes. */
    static String node(String changes, String id) {
        return group(changes, "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + id + "\"");
    }

    static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found in the portal's answer: " + regex);
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpClient c, HttpRequest request) {
        try {
            return c.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
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
