package org.advocacy.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The organisation the load runs against, read through the portal's own API with the harness's token. */
final class Demo {

    private Demo() {
    }

    static List<String> branches(String url, String token) {
        return all(get(url + "/api/v1/branches", token), "\"code\":\"([^\"]+)\"");
    }

    /** Active employees with an account: the demo's staff (every one can sign in with the demo password). */
    static List<String> employees(String url, String token) {
        List<String> emails = new ArrayList<>();
        String after = null;
        do {
            String body = get(url + "/api/v1/employees?active=true&size=500" + (after == null ? "" : "&after=" + after), token);
            emails.addAll(all(body, "\"email\":\"([^\"]+)\""));
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            after = next.find() ? next.group(1) : null;
        } while (after != null && emails.size() < 20_000);
        emails.removeIf(e -> e.startsWith("admin@") || e.equals("hung.vo@senspa.vn") || e.equals("thao.pham@senspa.vn"));
        if (emails.isEmpty()) {
            throw new IllegalStateException("No employees from " + url + "/api/v1/employees: is the token right?");
        }
        return emails;
    }

    private static List<String> all(String body, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String get(String url, String token) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body()
                        + " (start the portal with API_TOKEN=<load.token>, see README)");
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("The portal at " + url + " does not answer: start it first (README)", e);
        }
    }
}
