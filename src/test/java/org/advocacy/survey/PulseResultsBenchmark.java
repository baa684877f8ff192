package org.advocacy.survey;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM;
import static org.advocacy.jooq.Tables.PULSE_RELEASE;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
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
 * Not part of the normal test run (see README, "Pulse results from the stored releases"):
 * {@code DB_URL=jdbc:mariadb://127.0.0.1:3306/bench ./mvnw -B -o test -Dtest=PulseResultsBenchmark
 * -Dbench.answers=1000000 -Dbench.branches=200}. Generates its own data once per size (branches, one monthly
 * program, closed rounds in 2021 with answers spread over branches, departments and tenure bands, one in ten with a
 * comment; a later run against the same database reuses it), recomputes each round's release as at round close
 * (timed), then prints p50/p95 of every service call the results screen makes, of the staff eNPS read the insights
 * use, and of eNPS API calls (all-branch and branch-bound tokens). Figures are printed, never asserted.
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
    PulseProgramService pulsePrograms;
    @Autowired
    PulseResultsService pulseResults;
    @Autowired
    StaffAdvocacyQuery staffAdvocacy;
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
        // one data set per size, found again by its program's name (the codes are the dataset's tag and a number)
        String tag = Integer.toString(ANSWERS / 1000, 36).toUpperCase(java.util.Locale.ROOT) + "-"
                + Integer.toString(BRANCHES, 36).toUpperCase(java.util.Locale.ROOT) + "-" + ROUNDS;
        String programName = "Bench " + tag;
        Long existing = dsl.select(PULSE_PROGRAM.ID).from(PULSE_PROGRAM).where(PULSE_PROGRAM.NAME.eq(programName))
                .fetchOptional(PULSE_PROGRAM.ID).orElse(null);
        List<Long> branchIds = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Long> rounds = new ArrayList<>();
        long program;
        if (existing != null) {
            program = existing;
            dsl.select(BRANCH.ID, BRANCH.CODE).from(BRANCH).where(BRANCH.CODE.startsWith("Z" + tag + "."))
                    .orderBy(BRANCH.ID).forEach(r -> {
                        branchIds.add(r.value1());
                        codes.add(r.value2());
                    });
            rounds.addAll(dsl.select(PULSE_ROUND.ID).from(PULSE_ROUND).where(PULSE_ROUND.PROGRAM_ID.eq(program))
                    .orderBy(PULSE_ROUND.ID).fetch(PULSE_ROUND.ID));
        } else {
            for (int b = 0; b < BRANCHES; b++) {
                String code = "Z" + tag + "." + b;
                codes.add(code);
                branchIds.add(dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, "Bench " + b)
                        .set(BRANCH.CITY, "Bench").set(BRANCH.REGION, "Bench region " + (b % 8)).set(BRANCH.ACTIVE, true)
                        .set(BRANCH.CREATED_AT, LocalDateTime.now()).set(BRANCH.UPDATED_AT, LocalDateTime.now())
                        .returningResult(BRANCH.ID).fetchOne(BRANCH.ID));
            }
            List<Driver> drivers = List.of(Driver.library("manager").orElseThrow(), Driver.library("workload").orElseThrow());
            program = pulses.insertProgram(new ProgramData(programName, Cadence.MONTHLY, 7, LocalDate.of(2021, 1, 1),
                    Set.of(), Set.of(), drivers, true), "bench", LocalDateTime.now());
            int perRound = ANSWERS / ROUNDS;
            for (int r = 0; r < ROUNDS; r++) {
                LocalDate open = LocalDate.of(2021, 1, 3).plusMonths(r);
                long round = pulses.insertRound(program, open.atTime(1, 0), open.plusDays(7).atTime(1, 0),
                        open.plusDays(7), false, perRound);
                rounds.add(round);
                List<PulseRepository.NewAnswer> answers = new ArrayList<>(perRound);
                for (int i = 0; i < perRound; i++) {
                    int b = random.nextInt(BRANCHES);
                    int score = Math.min(10, Math.max(0, (int) Math.round(7 + random.nextGaussian() * 2)));
                    // small branches' departments and bands are generalised away, as at submit time
                    String dept = random.nextInt(20) == 0 ? null : DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                    String band = dept == null || random.nextInt(4) == 0 ? null : TenureBand.ALL.get(random.nextInt(3));
                    String comment = random.nextInt(10) == 0 ? "Bench comment " + i : null;
                    answers.add(new PulseRepository.NewAnswer(UUID.randomUUID().toString(), round, open.plusDays(1),
                            YearMonth.from(open.plusDays(7)).toString(), branchIds.get(b), dept, band, score, comment,
                            false, Map.of("manager", 1 + random.nextInt(5), "workload", 1 + random.nextInt(5)), null));
                }
                pulses.insertAnswers(answers);
            }
            System.out.printf("Pulse benchmark data: %,d answers on %d branches in %d rounds, generated in %d s%n",
                    (long) ANSWERS / ROUNDS * ROUNDS, BRANCHES, ROUNDS, (System.nanoTime() - started) / 1_000_000_000);
        }
        // the release of each round, computed as at round close (any earlier release of it is recomputed)
        long[] releaseMs = new long[rounds.size()];
        for (int i = 0; i < rounds.size(); i++) {
            dsl.deleteFrom(PULSE_RELEASE).where(PULSE_RELEASE.ROUND_ID.eq(rounds.get(i))).execute();
            long t = System.nanoTime();
            releases.releaseRound(rounds.get(i));
            releaseMs[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf("Pulse benchmark (%s): %,d answers on %d branches in %d rounds; release at round close per "
                + "round: %s ms (mean %d ms)%n", tag, (long) ANSWERS / ROUNDS * ROUNDS, BRANCHES, rounds.size(),
                Arrays.toString(releaseMs), Arrays.stream(releaseMs).sum() / Math.max(1, rounds.size()));
        if (CALLS == 0) {
            return; // -Dbench.calls=0: generate the data and time the releases only
        }

        signIn.as(SignIn.HR);
        Map<String, Callable<Object>> calls = new LinkedHashMap<>();
        calls.put("screen: round, company (figure, drivers, segments, comments)",
                () -> pulseResults.results(ResultsRequest.round(pick(rounds, random))));
        calls.put("screen: round, one branch", () -> pulseResults.results(ResultsRequest.round(pick(rounds, random))
                .withBranch(pick(codes, random))));
        calls.put("screen: round, branch × department", () -> pulseResults.results(ResultsRequest.round(pick(rounds, random))
                .withBranch(pick(codes, random)).withDepartment(pick(DEPARTMENTS, random))));
        calls.put("screen: round, department", () -> pulseResults.results(ResultsRequest.round(pick(rounds, random))
                .withDepartment(pick(DEPARTMENTS, random))));
        calls.put("screen: round, tenure band", () -> pulseResults.results(ResultsRequest.round(pick(rounds, random))
                .withTenureBand(pick(TenureBand.ALL, random))));
        calls.put("screen: round, region offered for a branch", () -> pulseResults.regionResults(
                ResultsRequest.round(pick(rounds, random)).withBranch(pick(codes, random)), "Bench region " + random.nextInt(8)));
        calls.put("screen: region of a branch", () -> pulseResults.regionOf(pick(codes, random)));
        calls.put("screen: month, company", () -> pulseResults.results(ResultsRequest.period(month(random))));
        calls.put("screen: month, one branch", () -> pulseResults.results(ResultsRequest.period(month(random))
                .withBranch(pick(codes, random))));
        calls.put("screen: quarter, company", () -> pulseResults.results(ResultsRequest.period(quarter(random))));
        calls.put("screen: quarter, one branch", () -> pulseResults.results(ResultsRequest.period(quarter(random))
                .withBranch(pick(codes, random))));
        calls.put("screen: quarter, branch × department", () -> pulseResults.results(ResultsRequest
                .period(quarter(random)).withBranch(pick(codes, random)).withDepartment(pick(DEPARTMENTS, random))));
        calls.put("screen: CSV of the segments, quarter, company", () -> SegmentCsv.of(
                pulseResults.results(ResultsRequest.period(quarter(random))), x -> x));
        calls.put("screen: heatmap of a round", () -> pulseResults.heatmap(pick(rounds, random)));
        calls.put("screen: trend of the program, company", () -> pulseResults.trend(program, null));
        calls.put("screen: trend of the program, one branch", () -> pulseResults.trend(program, pick(codes, random)));
        calls.put("screen: programs and rounds lists", () -> pulsePrograms.rounds(program, 0, 200).size()
                + pulsePrograms.programsForResults().size());
        calls.put("my pulse: latest company results", () -> pulseResults.latestCompanyResults());
        calls.put("insights: staff eNPS per branch-month, one year", () -> staffAdvocacy.branchMonths(
                YearMonth.of(2021, 1), YearMonth.of(2021, 12)));
        for (var e : calls.entrySet()) {
            print(e.getKey(), measure(e.getValue()));
        }
        signIn.out();

        // a manager of several branches (the demo manager, given five bench branches for the run)
        long manager = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(SignIn.MANAGER)).fetchOne(APP_USER.ID);
        List<Long> managed = dsl.select(MANAGED_BRANCH.BRANCH_ID).from(MANAGED_BRANCH)
                .where(MANAGED_BRANCH.USER_ID.eq(manager)).fetch(MANAGED_BRANCH.BRANCH_ID);
        List<Long> added = branchIds.subList(0, Math.min(5, branchIds.size()));
        added.forEach(b -> dsl.insertInto(MANAGED_BRANCH).set(MANAGED_BRANCH.USER_ID, manager)
                .set(MANAGED_BRANCH.BRANCH_ID, b).execute());
        try {
            signIn.as(SignIn.MANAGER);
            print("manager of " + (managed.size() + added.size()) + " branches: round", measure(
                    () -> pulseResults.results(ResultsRequest.round(pick(rounds, random)))));
            print("manager of " + (managed.size() + added.size()) + " branches: quarter", measure(
                    () -> pulseResults.results(ResultsRequest.period(quarter(random)))));
            print("manager of " + (managed.size() + added.size()) + " branches: trend", measure(
                    () -> pulseResults.trend(program, null)));
        } finally {
            signIn.out();
            dsl.deleteFrom(MANAGED_BRANCH).where(MANAGED_BRANCH.USER_ID.eq(manager))
                    .and(MANAGED_BRANCH.BRANCH_ID.in(added)).execute();
        }

        signIn.as(SignIn.ADMIN);
        String auth = "Bearer " + tokens.create(new ApiTokenData("bench " + tag, Set.of(ApiScope.METRICS_READ), null)).secret();
        long boundBranch = branchIds.get(3 % branchIds.size());
        String boundCode = codes.get(3 % codes.size());
        String bound = "Bearer " + tokens.create(new ApiTokenData("bench " + tag + " " + boundCode,
                Set.of(ApiScope.METRICS_READ), boundBranch)).secret();
        signIn.out();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(wac).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Map<String, Callable<Object>> api = new LinkedHashMap<>();
        api.put("eNPS API: company and month", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", month(random)).header("Authorization", auth)).andExpect(status().isOk()));
        api.put("eNPS API: company and quarter", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", quarter(random)).header("Authorization", auth)).andExpect(status().isOk()));
        api.put("eNPS API: company and round", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("round", pick(rounds, random).toString()).header("Authorization", auth)).andExpect(status().isOk()));
        api.put("eNPS API: branch and month", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", month(random)).param("branch", pick(codes, random)).header("Authorization", auth))
                .andExpect(status().isOk()));
        api.put("eNPS API: branch and quarter", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", quarter(random)).param("branch", pick(codes, random)).header("Authorization", auth))
                .andExpect(status().isOk()));
        api.put("eNPS API: branch and round", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("round", pick(rounds, random).toString()).param("branch", pick(codes, random))
                .header("Authorization", auth)).andExpect(status().isOk()));
        api.put("eNPS API: department and quarter", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", quarter(random)).param("department", pick(DEPARTMENTS, random))
                .header("Authorization", auth)).andExpect(status().isOk()));
        api.put("eNPS API: branch × department and quarter", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", quarter(random)).param("branch", pick(codes, random))
                .param("department", pick(DEPARTMENTS, random)).header("Authorization", auth)).andExpect(status().isOk()));
        api.put("eNPS API: branch-bound token, its scope and quarter", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", quarter(random)).header("Authorization", bound)).andExpect(status().isOk()));
        api.put("eNPS API: branch-bound token, its branch and month", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("period", month(random)).param("branch", boundCode).header("Authorization", bound))
                .andExpect(status().isOk()));
        api.put("eNPS API: branch-bound token, its round", () -> mvc.perform(get("/api/v1/metrics/enps")
                .param("round", pick(rounds, random).toString()).header("Authorization", bound)).andExpect(status().isOk()));
        for (var e : api.entrySet()) {
            print(e.getKey(), measure(e.getValue()));
        }
    }

    private static String month(Random random) {
        return "2021-" + String.format("%02d", 1 + random.nextInt(12));
    }

    private static String quarter(Random random) {
        return "2021-Q" + (1 + random.nextInt(4));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static long[] measure(Callable<Object> call) throws Exception {
        for (int i = 0; i < 5; i++) {
            call.call(); // warm-up
        }
        long[] micros = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            call.call();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void print(String what, long[] micros) {
        System.out.printf("%-62s p50 %7.1f ms   p95 %7.1f ms   (%d calls)%n", what, micros[micros.length / 2] / 1000.0,
                micros[(int) Math.ceil(micros.length * 0.95) - 1] / 1000.0, micros.length);
    }
}
