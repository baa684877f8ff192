package org.advocacy.survey;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Not part of the normal test run: {@code ./mvnw -B -Pbenchmark verify -Dit.test=PulseResultsBenchmark
 * -Dbench.answers=1000000 -Dbench.branches=200}. Generates its own data (branches, one monthly program, closed
 * rounds in 2021 with answers spread over branches, departments and tenure bands), computes each round's release as
 * at round close (timed), then prints p50/p95 of the results screen's service calls and of eNPS API calls, which read
 * the stored releases. Figures are printed, never asserted.
 */
@SpringBootTest(properties = {"app.api.requests-per-minute=100000000", "logging.level.org.advocacy=warn"})
@ActiveProfiles("test")
class PulseResultsBenchmark {

    private static final int ANSWERS = Integer.getInteger("bench.answers", 1_000_000);
    private static final int BRANCHES = Integer.getInteger("bench.branches", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 12);
    private static final int CALLS = Integer.getInteger("bench.calls", 60);
    private static final List<String> DEPARTMENTS = List.of("Lễ tân", "Trị liệu", "Chăm sóc da", "Nail & Tóc", "Tư vấn");

    @Autowired
    PulseRepository pulses;
    @Autowired
    PulseReleases releases;
    @Autowired
    SurveyService survey;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    WebApplicationContext wac;

    @Test
    void resultsFromReleases() throws Exception {
        Random random = new Random(8);
        long started = System.nanoTime();
        String run = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(java.util.Locale.ROOT);
        List<Long> branchIds = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int b = 0; b < BRANCHES; b++) {
            String code = "Z" + run + b;
            codes.add(code);
            branchIds.add(dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, "Bench " + b)
                    .set(BRANCH.CITY, "Bench").set(BRANCH.REGION, "Bench region " + (b % 8)).set(BRANCH.ACTIVE, true)
                    .set(BRANCH.CREATED_AT, LocalDateTime.now()).set(BRANCH.UPDATED_AT, LocalDateTime.now())
                    .returningResult(BRANCH.ID).fetchOne(BRANCH.ID));
        }
        List<Driver> drivers = List.of(Driver.library("manager").orElseThrow(), Driver.library("workload").orElseThrow());
        long program = pulses.insertProgram(new ProgramData("Bench " + run, Cadence.MONTHLY, 7, LocalDate.of(2021, 1, 1),
                Set.of(), Set.of(), drivers, true), "bench", LocalDateTime.now());
        List<Long> rounds = new ArrayList<>();
        long releaseNanos = 0;
        int perRound = ANSWERS / ROUNDS;
        for (int r = 0; r < ROUNDS; r++) {
            LocalDate open = LocalDate.of(2021, 1, 3).plusMonths(r);
            long round = pulses.insertRound(program, open.atTime(1, 0), open.plusDays(7).atTime(1, 0), open.plusDays(7),
                    false, perRound);
            rounds.add(round);
            List<PulseRepository.NewAnswer> answers = new ArrayList<>(perRound);
            for (int i = 0; i < perRound; i++) {
                int b = random.nextInt(BRANCHES);
                int score = Math.min(10, Math.max(0, (int) Math.round(7 + random.nextGaussian() * 2)));
                // small branches' departments and bands are generalised away, as at submit time
                String dept = random.nextInt(20) == 0 ? null : DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                String band = dept == null || random.nextInt(4) == 0 ? null : TenureBand.ALL.get(random.nextInt(3));
                answers.add(new PulseRepository.NewAnswer(UUID.randomUUID().toString(), round, open.plusDays(1),
                        YearMonth.from(open.plusDays(7)).toString(), branchIds.get(b), dept, band, score, null, false,
                        Map.of("manager", 1 + random.nextInt(5), "workload", 1 + random.nextInt(5)), null));
            }
            pulses.insertAnswers(answers);
            long t = System.nanoTime();
            releases.releaseRound(round);
            releaseNanos += System.nanoTime() - t;
        }
        System.out.printf("Pulse benchmark data: %,d answers on %d branches in %d rounds, generated in %d s; "
                + "release at round close: %d ms per round on average%n", (long) perRound * ROUNDS, BRANCHES, ROUNDS,
                (System.nanoTime() - started) / 1_000_000_000, releaseNanos / 1_000_000 / ROUNDS);

        signIn.as(SignIn.HR);
        Map<String, Callable<Object>> calls = new LinkedHashMap<>();
        calls.put("results screen: round, company (figure, drivers, segments)",
                () -> survey.results(ResultsRequest.round(pick(rounds, random))));
        calls.put("results screen: round, one branch", () -> survey.results(ResultsRequest.round(pick(rounds, random))
                .withBranch(pick(codes, random))));
        calls.put("results screen: quarter, company", () -> survey.results(ResultsRequest.period("2021-Q" + (1 + random.nextInt(4)))));
        calls.put("results screen: quarter, branch × department", () -> survey.results(ResultsRequest
                .period("2021-Q" + (1 + random.nextInt(4))).withBranch(pick(codes, random)).withDepartment(pick(DEPARTMENTS, random))));
        calls.put("results screen: heatmap of a round", () -> survey.heatmap(pick(rounds, random)));
        calls.put("results screen: trend of the program", () -> survey.trend(program, null));
        for (var e : calls.entrySet()) {
            print(e.getKey(), measure(e.getValue()));
        }
        signIn.out();

        signIn.as(SignIn.ADMIN);
        String auth = "Bearer " + tokens.create(new ApiTokenData("bench " + run, Set.of(ApiScope.METRICS_READ), null)).secret();
        signIn.out();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(wac).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        print("eNPS API: branch and month", measure(() -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", "2021-" + String.format("%02d", 1 + random.nextInt(12))).param("branch", pick(codes, random))
                .header("Authorization", auth)).andExpect(status().isOk())));
        print("eNPS API: branch and quarter", measure(() -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", "2021-Q" + (1 + random.nextInt(4))).param("branch", pick(codes, random))
                .header("Authorization", auth)).andExpect(status().isOk())));
        print("eNPS API: company and quarter", measure(() -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", "2021-Q" + (1 + random.nextInt(4))).header("Authorization", auth)).andExpect(status().isOk())));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static long[] measure(Callable<Object> call) throws Exception {
        for (int i = 0; i < 5; i++) {
            call.call(); // warm-up
        }
        long[] ms = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void print(String what, long[] micros) {
        System.out.printf("%-60s p50 %6.1f ms   p95 %6.1f ms   (%d calls)%n", what, micros[micros.length / 2] / 1000.0,
                micros[(int) Math.ceil(micros.length * 0.95) - 1] / 1000.0, micros.length);
    }
}
