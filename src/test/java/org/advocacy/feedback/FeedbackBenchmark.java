package org.advocacy.feedback;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of the normal test run: {@code ./mvnw -B -Pbenchmark verify}. Posts feedback through the real HTTP API
 * on loopback (single and batched) and prints accepted items per second next to plain JDBC batch inserts of the same
 * rows into the same database; then submits the public form many times and prints the server heap retained per
 * completed visit. Figures are printed, not asserted (no timing assertions in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.api.requests-per-minute=10000000", "app.feedback.rate.per-client-per-hour=10000000",
        "app.feedback.rate.per-branch-per-minute=10000000", "logging.level.org.advocacy=warn"})
@ActiveProfiles("test")
class FeedbackBenchmark {

    private static final int SINGLE = Integer.getInteger("bench.single", 2000);
    private static final int BATCHES = Integer.getInteger("bench.batches", 20);
    private static final int VISITS = Integer.getInteger("bench.visits", 2000);
    /** Numbers of clients posting single answers at once, one run each: {@code -Dbench.clients=4,8,16}. */
    private static final int[] CLIENTS = java.util.Arrays.stream(System.getProperty("bench.clients", "4,8,16")
            .split(",")).mapToInt(c -> Integer.parseInt(c.trim())).toArray();
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submissionId\" value=\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    DataSource dataSource;
    @Autowired
    FeedbackService feedback;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String item(int i, String run) {
        return "{\"branch\":\"HN01\",\"nps\":" + (i % 11) + ",\"csat\":" + (1 + i % 5) + ",\"ces\":" + (1 + i % 7)
                + ",\"touchpoint\":\"treatment\",\"comment\":\"benchmark " + run + " " + i + "\",\"externalId\":\"" + run + "-" + i + "\"}";
    }

    @Test
    void run() throws Exception {
        signIn.as(SignIn.ADMIN);
        String token = tokens.create(new ApiTokenData("benchmark", Set.of(ApiScope.FEEDBACK_WRITE), null)).secret();
        signIn.out();
        String base = "http://127.0.0.1:" + port;
        String run = "bench-" + UUID.randomUUID();

        // warm-up: the JIT compiles the request path (the first thousand requests run several times slower)
        for (int i = 0; i < Integer.getInteger("bench.warmup", 2000); i++) {
            post(base + "/api/v1/feedback", token, item(i, run + "-w"));
        }

        // single submissions, one client after the other: throughput and each request's time
        long[] singleNanos = new long[SINGLE];
        long t0 = System.nanoTime();
        for (int i = 0; i < SINGLE; i++) {
            long s0 = System.nanoTime();
            int status = post(base + "/api/v1/feedback", token, item(i, run + "-s"));
            singleNanos[i] = System.nanoTime() - s0;
            if (status != 201) {
                throw new IllegalStateException("single post answered " + status);
            }
        }
        double single = SINGLE / ((System.nanoTime() - t0) / 1e9);

        // single submissions from several clients at once (tills of several branches posting at the same time); the
        // portal writes what arrives together in one transaction (group commit), so each count is its own run
        List<String> concurrentLines = new java.util.ArrayList<>();
        for (int clientCount : CLIENTS) {
            long[] concurrentNanos = new long[SINGLE];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(clientCount);
            String tag = run + "-c" + clientCount;
            long tc = System.nanoTime();
            try {
                List<java.util.concurrent.Future<?>> clients = new java.util.ArrayList<>();
                for (int c = 0; c < clientCount; c++) {
                    clients.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < SINGLE; i = next.getAndIncrement()) {
                            long s0 = System.nanoTime();
                            int status = post(base + "/api/v1/feedback", token, item(i, tag));
                            concurrentNanos[i] = System.nanoTime() - s0;
                            if (status != 201) {
                                throw new IllegalStateException("single post answered " + status);
                            }
                        }
                        return null;
                    }));
                }
                for (var f : clients) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            double concurrent = SINGLE / ((System.nanoTime() - tc) / 1e9);
            concurrentLines.add(String.format("  the same, %2d clients at once   : %,10.0f items/s, p50 %s, p95 %s, p99 %s ms",
                    clientCount, concurrent, pct(concurrentNanos, 50), pct(concurrentNanos, 95), pct(concurrentNanos, 99)));
        }

        // the same singles from wrk (Debian's package), a client in C that costs the two cores little: the Java
        // client above takes as much CPU per request as the portal does, on the same two cores
        List<String> wrkLines = wrk(base, token);

        long singleEvents = drainEvents();

        // warm-up of the batch path
        post(base + "/api/v1/feedback/batch", token, batchBody(0, run + "-bw"));
        long[] batchNanos = new long[BATCHES];
        long t1 = System.nanoTime();
        for (int b = 0; b < BATCHES; b++) {
            String body = batchBody(b, run + "-b");
            long b0 = System.nanoTime();
            int status = post(base + "/api/v1/feedback/batch", token, body);
            batchNanos[b] = System.nanoTime() - b0;
            if (status != 201) {
                throw new IllegalStateException("batch answered " + status);
            }
        }
        double batched = BATCHES * 1000 / (java.util.Arrays.stream(batchNanos).sum() / 1e9);
        long batchEvents = drainEvents();

        long branchId = feedback.publicBranch("HN01").orElseThrow().id();
        long t2 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_feedback (branch_id, nps, csat, ces, "
                    + "touchpoint, comment_text, submitted_at, local_date, channel, external_id, created_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int b = 0; b < BATCHES; b++) {
                    for (int i = 0; i < 1000; i++) {
                        int n = b * 1000 + i;
                        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                        ps.setLong(1, branchId);
                        ps.setInt(2, n % 11);
                        ps.setInt(3, 1 + n % 5);
                        ps.setInt(4, 1 + n % 7);
                        ps.setString(5, "treatment");
                        ps.setString(6, "benchmark " + n);
                        ps.setObject(7, now);
                        ps.setObject(8, LocalDate.now());
                        ps.setString(9, "api");
                        ps.setString(10, run + "-j-" + n);
                        ps.setObject(11, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
        double jdbc = BATCHES * 1000 / ((System.nanoTime() - t2) / 1e9);

        // public form: GET (fresh submission id) + POST + thank-you, as a phone would
        for (int i = 0; i < 200; i++) {
            visit(base, i);
        }
        postTimes.clear();
        long before = usedHeapAfterGc();
        long t3 = System.nanoTime();
        for (int i = 0; i < VISITS; i++) {
            visit(base, i);
        }
        double visitsPerSecond = VISITS / ((System.nanoTime() - t3) / 1e9);
        long[] postNanos = postTimes.stream().mapToLong(Long::longValue).toArray();
        long after = usedHeapAfterGc();

        String database = System.getenv("DB_URL") == null ? "embedded MariaDB" : "MariaDB at " + System.getenv("DB_URL");
        System.out.printf("%n=== Feedback benchmark (loopback, %s, %d cores) ===%n", database,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("API single POST /api/v1/feedback : %,10.0f items/s (%d sequential requests), p50 %s, "
                + "p95 %s, p99 %s ms%n", single, SINGLE, pct(singleNanos, 50), pct(singleNanos, 95), pct(singleNanos, 99));
        concurrentLines.forEach(System.out::println);
        wrkLines.forEach(System.out::println);
        System.out.printf("API POST /api/v1/feedback/batch  : %,10.0f items/s (%d batches of 1000), p50 %s, p99 %s ms "
                + "per batch%n", batched, BATCHES, pct(batchNanos, 50), pct(batchNanos, 99));
        System.out.printf("insights events after them       : %,10d ms until all were processed (singles), %,d ms "
                + "(batches)%n", singleEvents, batchEvents);
        System.out.printf("plain JDBC batch inserts         : %,10.0f rows/s  (%d batches of 1000, same rows)%n", jdbc, BATCHES);
        System.out.printf("batch API / plain JDBC           : %10.2f (target: at least 0.50)%n", batched / jdbc);
        System.out.printf("public form visits (GET+POST+GET): %,10.0f visits/s (%d visits), POST p50 %s, p99 %s ms%n",
                visitsPerSecond, VISITS, pct(postNanos, 50), pct(postNanos, 99));
        System.out.printf("heap retained per completed visit: %,10.1f bytes (used heap after GC: %,d → %,d)%n%n",
                (after - before) / (double) VISITS, before, after);
    }

    private static String batchBody(int b, String run) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            body.append(i == 0 ? "" : ",").append(item(b * 1000 + i, run));
        }
        return body.append(']').toString();
    }

    /** Waits until the insights listener processed every published event (at most 5 minutes); returns the wait. */
    /**
     * Runs {@code load/wrk/singles.lua} with wrk for each client count of {@code bench.wrk-clients} (default 1, 4,
     * 8, 16), {@code bench.wrk-seconds} each after a warm-up, and returns a line per run; a line saying wrk is missing
     * when it is not installed ({@code apt-get install wrk}).
     */
    private static List<String> wrk(String base, String token) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        java.nio.file.Path script = java.nio.file.Path.of("load/wrk/singles.lua").toAbsolutePath();
        int seconds = Integer.getInteger("bench.wrk-seconds", 20);
        try {
            runWrk(script, base, token, 4, 10);
        } catch (java.io.IOException e) {
            lines.add("  wrk                            : not installed (apt-get install wrk), skipped");
            return lines;
        }
        for (String c : System.getProperty("bench.wrk-clients", "1,4,8,16").split(",")) {
            int clients = Integer.parseInt(c.trim());
            String out = runWrk(script, base, token, clients, seconds);
            lines.add(String.format("  wrk, %2d connections            : %,10.0f items/s, p50 %s, p90 %s, p99 %s, failed %s",
                    clients, Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)")),
                    find(out, "\\s50%\\s+(\\S+)"), find(out, "\\s90%\\s+(\\S+)"), find(out, "\\s99%\\s+(\\S+)"),
                    find(out, "Non-2xx or 3xx responses: (\\d+)").isEmpty() ? "0"
                            : find(out, "Non-2xx or 3xx responses: (\\d+)")));
        }
        return lines;
    }

    private static String runWrk(java.nio.file.Path script, String base, String token, int clients, int seconds)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t" + Math.min(2, clients), "-c" + clients, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), base).redirectErrorStream(true);
        pb.environment().put("API_TOKEN", token);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        return out;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private long drainEvents() throws Exception {
        long t = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            while (System.nanoTime() - t < 300_000_000_000L) {
                try (var ps = c.prepareStatement("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
                        var rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The p-th percentile of the times, in milliseconds with one decimal. */
    private static String pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
        return String.format("%.1f", sorted[i] / 1e6);
    }

    private final List<Long> postTimes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private void visit(String base, int i) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/f/HN01")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = SUBMISSION.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no submission id in the form");
        }
        String body = "submissionId=" + m.group(1) + "&website=&lang=vi&nps=" + (i % 11) + "&comment="
                + URLEncoder.encode("Khách thứ " + i + " " + UUID.randomUUID(), StandardCharsets.UTF_8);
        long p0 = System.nanoTime();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/f/HN01"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        postTimes.add(System.nanoTime() - p0);
        if (posted.statusCode() != 303 || posted.headers().firstValue("Set-Cookie").isPresent()) {
            throw new IllegalStateException("form post answered " + posted.statusCode() + " " + posted.headers().map());
        }
        http.send(HttpRequest.newBuilder(URI.create(base + posted.headers().firstValue("Location").orElseThrow())).GET()
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private int post(String url, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long collections = collections();
            System.gc();
            // wait until the collector reports the collection (bounded), then read the heap
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (collections() == collections && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).filter(n -> n > 0).sum();
    }
}
