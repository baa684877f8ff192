package org.advocacy.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory per user, measured Vaadin's way: the portal's used heap after full collections (jcmd GC.run, then
 * GC.heap_info) without and with N signed-in staff UIs (sign-in, Vaadin UI, home screen; kept open), after one
 * first UI that loads what a fresh process loads once for all users (its cost is printed apart), then after M
 * completed public-form visits (GET and POST), which must create no session at all. Sizes from -Dload.memory.sessions
 * and -Dload.memory.visits; the portal's process from -Dload.pid or the process listening on the URL's port.
 */
final class MemoryProbe {

    private MemoryProbe() {
    }

    static void run(String url, String password, List<String> employees, List<String> branches) {
        boolean smoke = "smoke".equals(System.getProperty("load.mode", "smoke"));
        int sessions = Integer.getInteger("load.memory.sessions", smoke ? 20 : 100);
        int visits = Integer.getInteger("load.memory.visits", smoke ? 100 : 500);
        try {
            long pid = pid(url);
            // the first UI of a fresh process loads classes, translations and caches once for everybody: it is
            // opened (and kept) before the baseline, and its cost printed apart, so the figure per UI is what each
            // further signed-in tab keeps; likewise one first public visit
            long cold = heapAfterGc(pid);
            staffUi(url, employees.get(employees.size() - 1), password);
            int cookies = publicVisit(url, branches.get(0), visits);
            long base = heapAfterGc(pid);
            for (int i = 0; i < sessions; i++) {
                staffUi(url, employees.get(i % employees.size()), password);
            }
            long withSessions = heapAfterGc(pid);
            long httpSessions = instances(pid, "org.apache.catalina.session.StandardSession");
            for (int i = 0; i < visits; i++) {
                cookies += publicVisit(url, branches.get(i % branches.size()), i);
            }
            long afterVisits = heapAfterGc(pid);
            long newSessions = instances(pid, "org.apache.catalina.session.StandardSession") - httpSessions;
            System.out.printf("%nMEMORY  portal pid %d, used heap after GC: %,d KB; with %d signed-in staff UIs %,d KB;"
                    + " after %d public visits %,d KB%n", pid, base / 1024, sessions, withSessions / 1024, visits,
                    afterVisits / 1024);
            System.out.printf("MEMORY  first staff UI and public visit of the process (one-time: classes, translations,"
                    + " caches): %,d KB%n",
                    (base - cold) / 1024);
            System.out.printf("MEMORY  per signed-in staff UI: %,.1f KB (target <= 250 KB); with the first UI's one-time"
                    + " cost spread over all %d: %,.1f KB%n", (withSessions - base) / 1024.0 / Math.max(1, sessions),
                    sessions + 1, (withSessions - cold) / 1024.0 / (sessions + 1));
            System.out.printf("MEMORY  per completed public visit: %,.2f KB; session cookies set by public pages: %d;"
                    + " HTTP sessions in the portal's heap after the visits: %+d (target: no session)%n%n",
                    (afterVisits - withSessions) / 1024.0 / Math.max(1, visits), cookies, newSessions);
        } catch (Exception e) {
            System.out.println("MEMORY  not measured: " + e);
        }
    }

    /**
     * Signs in and opens the home screen in a Vaadin UI, which stays in the portal's session (30 minutes without a
     * request). The connection is closed afterwards, as the server closes a browser's idle keep-alive connection
     * after 60 s: its socket buffers (about 14 KB) belong to an open connection, not to the signed-in user.
     */
    static void staffUi(String url, String email, String password) throws Exception {
        try (HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
            staffUi(c, url, email, password);
        }
    }

    private static void staffUi(HttpClient c, String url, String email, String password) {
        SignedInUi.open(c, url, email, password).navigate("");
    }

    /**
     * GET and POST of the public form; returns how many cookies the portal set (a session would be one). The phone's
     * connection is closed at the end, as it is when a customer leaves: an open keep-alive connection holds the
     * server's socket buffers (about 14 KB) until its idle timeout, which is not something the visit keeps.
     */
    static int publicVisit(String url, String branch, int i) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            return publicVisit(c, url, branch, i);
        }
    }

    private static int publicVisit(HttpClient c, String url, String branch, int i) throws Exception {
        String ip = "10.77." + (i / 250 % 250) + "." + (1 + i % 250);
        HttpResponse<String> form = c.send(HttpRequest.newBuilder(URI.create(url + "/f/" + branch + "?lang=vi"))
                .header("X-Forwarded-For", ip).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("name=\"submissionId\" value=\"([^\"]+)\"").matcher(form.body());
        String submission = id.find() ? id.group(1) : UUID.randomUUID().toString();
        HttpResponse<String> sent = c.send(HttpRequest.newBuilder(URI.create(url + "/f/" + branch))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString("nps=9&lang=vi&website=&comment=" + enc("Rất hài lòng " + i)
                        + "&submissionId=" + submission)).build(), HttpResponse.BodyHandlers.ofString());
        return form.headers().allValues("Set-Cookie").size() + sent.headers().allValues("Set-Cookie").size();
    }

    /** Used heap after full collections, the smallest of three readings. */
    static long heapAfterGc(long pid) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
            if (used.find()) {
                best = Math.min(best, Long.parseLong(used.group(1)) * 1024);
            }
            Thread.sleep(300);
        }
        return best;
    }

    /** Live instances of a class in the portal's heap (jcmd's class histogram, which collects garbage first). */
    static long instances(long pid, String className) throws Exception {
        Matcher m = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)",
                Pattern.MULTILINE).matcher(jcmd(pid, "GC.class_histogram"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** The portal's process: -Dload.pid, else the one listening on the URL's port (ss). */
    static long pid(String url) throws Exception {
        String given = System.getProperty("load.pid");
        if (given != null && !given.isBlank()) {
            return Long.parseLong(given.strip());
        }
        int port = URI.create(url).getPort();
        Process p = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no process listens on port " + port + " (pass -Dload.pid)");
        }
        return Long.parseLong(m.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
