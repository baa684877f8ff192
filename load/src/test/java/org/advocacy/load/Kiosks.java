package org.advocacy.load;

import java.net.CookieManager;
import java.net.http.HttpClient;
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
            SignedInUi ui = SignedInUi.open(c, url, manager, password);
            String screen = ui.navigate("feedback/kiosks");
            String name = SignedInUi.node(screen, "kiosk-name");
            String create = SignedInUi.node(screen, "kiosk-create");
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
}
