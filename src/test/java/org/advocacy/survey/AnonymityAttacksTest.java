package org.advocacy.survey;

import static org.advocacy.jooq.Tables.AUDIT_EVENT;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_RELEASE;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The attacks of issue 8, replayed on the demo organisation through the services and the API: overlapping periods,
 * padding, stored rows, and the attacker (rank check) over every figure HR and a manager can obtain.
 */
@PortalTest
class AnonymityAttacksTest {

    @Autowired
    PulseAnswerService pulseAnswers;
    @Autowired
    PulseResultsService pulseResults;
    @Autowired
    PulseImportService pulseImports;
    @Autowired
    StaffAdvocacyQuery staffAdvocacy;
    @Autowired
    PulseReleases releases;
    @Autowired
    PulseTestSupport support;
    @Autowired
    AnonymityRules rules;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    WebApplicationContext wac;
    @Autowired
    ApiTokenService tokens;

    @AfterEach
    void out() {
        signIn.out();
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(wac).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private String token(ApiScope scope, Long branchId) {
        signIn.as(SignIn.ADMIN);
        try {
            return "Bearer " + tokens.create(new ApiTokenData("attack " + UUID.randomUUID(), Set.of(scope), branchId)).secret();
        } finally {
            signIn.out();
        }
    }

    /** Closed demo rounds of the last months, with the month they count in. */
    private Map<Long, String> recentRounds(int months) {
        String from = YearMonth.now().minusMonths(months).toString();
        Map<Long, String> out = new LinkedHashMap<>();
        dsl.select(PULSE_ROUND.ID, PULSE_ROUND.CLOSE_DATE).from(PULSE_ROUND).where(PULSE_ROUND.STATUS.eq(RoundStatus.CLOSED))
                .orderBy(PULSE_ROUND.CLOSE_DATE).fetch().forEach(r -> {
                    String m = YearMonth.from(r.value2()).toString();
                    if (m.compareTo(from) >= 0) {
                        out.put(r.value1(), m);
                    }
                });
        return out;
    }

    @Test
    void overlappingPeriodsNeverRevealARound() throws Exception {
        signIn.as(SignIn.HR);
        Map<Long, String> rounds = recentRounds(6);
        List<String> codes = dsl.select(BRANCH.CODE).from(BRANCH).orderBy(BRANCH.CODE).fetch(BRANCH.CODE);
        List<String> departments = dsl.select(DEPARTMENT.NAME).from(DEPARTMENT).fetch(DEPARTMENT.NAME);
        int checked = 0, hiddenRounds = 0;
        for (String month : new TreeSet<>(rounds.values())) {
            List<Long> ofMonth = rounds.entrySet().stream().filter(e -> e.getValue().equals(month)).map(Map.Entry::getKey).toList();
            for (String code : codes) {
                for (String dept : departments) {
                    PulseResults m = pulseResults.results(ResultsRequest.period(month).withBranch(code).withDepartment(dept));
                    int sum = 0;
                    boolean anyHidden = false;
                    for (long round : ofMonth) {
                        PulseResults r = pulseResults.results(ResultsRequest.round(round).withBranch(code).withDepartment(dept));
                        if (r.shown()) {
                            sum += r.enps().n();
                        } else if (r.suppressed() != SegmentGuard.Reason.TOO_FEW || hasAnswers(round, code, dept)) {
                            anyHidden = true;
                            hiddenRounds++;
                        }
                    }
                    checked++;
                    if (anyHidden) {
                        // a month (or quarter) never adds a hidden round cell: month − shown rounds reveals nothing
                        assertThat(m.shown()).as("%s %s %s", month, code, dept).isFalse();
                    } else if (m.shown()) {
                        assertThat(m.enps().n()).as("%s %s %s", month, code, dept).isEqualTo(sum);
                    }
                }
            }
        }
        assertThat(hiddenRounds).as("the demo has hidden round cells to attack").isPositive();
        // the example through the API: round, month and quarter of the same branch × department
        String auth = token(ApiScope.METRICS_READ, null);
        var hidden = dsl.select(PULSE_ANSWER.ROUND_ID, BRANCH.CODE, PULSE_ANSWER.DEPARTMENT).from(PULSE_ANSWER)
                .join(BRANCH).on(BRANCH.ID.eq(PULSE_ANSWER.BRANCH_ID)).where(PULSE_ANSWER.ROUND_ID.in(rounds.keySet()))
                .and(PULSE_ANSWER.DEPARTMENT.isNotNull())
                .groupBy(PULSE_ANSWER.ROUND_ID, BRANCH.CODE, PULSE_ANSWER.DEPARTMENT)
                .having(org.jooq.impl.DSL.count().lt(rules.k())).limit(5).fetch();
        assertThat(hidden).isNotEmpty();
        for (var h : hidden) {
            String month = rounds.get(h.value1());
            YearMonth ym = YearMonth.parse(month);
            String quarter = ym.getYear() + "-Q" + ((ym.getMonthValue() - 1) / 3 + 1);
            for (String[] p : new String[][] {{"round", String.valueOf(h.value1())}, {"period", month}, {"period", quarter}}) {
                mvc().perform(get("/api/v1/metrics/enps").param(p[0], p[1]).param("branch", h.value2())
                                .param("department", h.value3()).header("Authorization", auth))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.suppressed").value(true))
                        .andExpect(jsonPath("$.n").doesNotExist());
            }
        }
        assertThat(checked).isPositive();
    }

    private boolean hasAnswers(long round, String code, String dept) {
        return dsl.fetchExists(dsl.selectOne().from(PULSE_ANSWER).join(BRANCH).on(BRANCH.ID.eq(PULSE_ANSWER.BRANCH_ID))
                .where(PULSE_ANSWER.ROUND_ID.eq(round)).and(BRANCH.CODE.eq(code)).and(PULSE_ANSWER.DEPARTMENT.eq(dept)));
    }

    @Test
    void paddingAMonthWithAPortalRoundIsRefusedNamingTheMonth() throws Exception {
        String month = recentRounds(3).values().iterator().next();
        int before = dsl.fetchCount(PULSE_ANSWER);
        StringBuilder pads = new StringBuilder("[");
        for (int i = 0; i < 9; i++) {
            pads.append(i == 0 ? "" : ",").append("{\"period\": \"").append(month)
                    .append("\", \"branch\": \"HN01\", \"department\": \"Trị liệu\", \"score\": 10}");
        }
        pads.append("]");
        mvc().perform(post("/api/v1/pulse-answers/import").contentType(MediaType.APPLICATION_JSON)
                        .content(pads.append("").toString()).header("Authorization", token(ApiScope.PULSE_IMPORT, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(month)));
        assertThat(dsl.fetchCount(PULSE_ANSWER)).isEqualTo(before);
    }

    @Test
    void importsAreNamedBatchesListedDeletedAndAudited() {
        signIn.as(SignIn.HR);
        List<ImportRow> rows = PulseRegionTest.rows("2019-07", Map.of("HN02", 6, "SG01", 6));
        ImportBatch batch = pulseImports.importBatch("Old tool 2019", rows);
        assertThat(batch.months()).containsExactly("2019-07");
        assertThat(pulseImports.importBatches()).anySatisfy(b -> {
            assertThat(b.id()).isEqualTo(batch.id());
            assertThat(b.name()).isEqualTo("Old tool 2019");
            assertThat(b.answers()).isEqualTo(12);
        });
        assertThat(pulseResults.results(ResultsRequest.period("2019-07")).enps().n()).isEqualTo(12);
        pulseImports.deleteImportBatch(batch.id());
        assertThat(pulseImports.importBatches()).noneMatch(b -> b.id() == batch.id());
        assertThat(pulseResults.results(ResultsRequest.period("2019-07")).shown()).isFalse();
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.BATCH_ID.eq(batch.id()))).isZero();
        assertThat(dsl.fetchCount(PULSE_RELEASE, PULSE_RELEASE.BATCH_ID.eq(batch.id()))).isZero();
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).fetch(AUDIT_EVENT.ACTION))
                .contains("PULSE_ANSWERS_IMPORTED", "PULSE_IMPORT_DELETED");
        // refused, nothing stored: an unknown driver code, an unknown department, a month beyond the horizon
        int before = dsl.fetchCount(PULSE_ANSWER);
        assertThatThrownBy(() -> pulseImports.importAnswers(List.of(new ImportRow(null, "2019-08", "HN01", "Trị liệu", null, 9,
                Map.of("made-up", 4), null)))).isInstanceOfSatisfying(PulseImportException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("survey.import.unknownDriver"));
        assertThatThrownBy(() -> pulseImports.importAnswers(List.of(new ImportRow(null, "2019-08", "HN01", "Nowhere", null, 9,
                Map.of(), null)))).isInstanceOfSatisfying(PulseImportException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("survey.import.department"));
        assertThatThrownBy(() -> pulseImports.importAnswers(List.of(new ImportRow(null, "1990-01", "HN01", null, null, 9,
                Map.of(), null)))).isInstanceOfSatisfying(PulseImportException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("survey.import.horizon"));
        assertThat(dsl.fetchCount(PULSE_ANSWER)).isEqualTo(before);
    }

    @Test
    void storedRowsOfTheDemoSingleNobodyOut() {
        // the latest closed round: every stored attribute combination is shared by at least k of its audience
        var round = dsl.selectFrom(PULSE_ROUND).where(PULSE_ROUND.STATUS.eq(RoundStatus.CLOSED)).orderBy(PULSE_ROUND.CLOSE_DATE.desc())
                .limit(1).fetchSingle();
        LocalDate day = round.getOpensAt().toLocalDate();
        var audience = dsl.select(EMPLOYEE.BRANCH_ID, DEPARTMENT.NAME, EMPLOYEE.HIRE_DATE).from(EMPLOYEE).join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)).where(EMPLOYEE.ACTIVE.isTrue())
                .and(EMPLOYEE.HIRE_DATE.le(day)).fetch();
        var stored = dsl.selectDistinct(PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND)
                .from(PULSE_ANSWER).where(PULSE_ANSWER.ROUND_ID.eq(round.getId())).fetch();
        assertThat(stored).isNotEmpty();
        for (var s : stored) {
            long sharing = audience.stream().filter(a -> a.value1().equals(s.value1())
                    && (s.value2() == null || s.value2().equals(a.value2()))
                    && (s.value3() == null || s.value3().equals(TenureBand.of(a.value3(), day)))).count();
            assertThat(sharing).as("%s shared by", s).isGreaterThanOrEqualTo(rules.k());
        }
        // and the generalisation did something: some rows lost their tenure band or department
        assertThat(stored).anyMatch(s -> s.value3() == null);
    }

    @Test
    void answersSubmittedNowAreGeneralisedAndATooRarelyRatedDriverIsAReasonNotAnError() throws Exception {
        long round = support.openRound("Generalisation " + UUID.randomUUID());
        List<String> staff = support.staffEmails(12, 40);
        for (int i = 0; i < staff.size(); i++) {
            signIn.as(staff.get(i));
            // only two people rate "pride"
            pulseAnswers.submit(round, new AnswerData(i % 11, i < 2 ? Map.of("team", 4, "pride", 5) : Map.of("team", 3), null));
            signIn.out();
        }
        var rows = dsl.selectFrom(PULSE_ANSWER).where(PULSE_ANSWER.ROUND_ID.eq(round)).fetch();
        assertThat(rows).hasSize(12);
        long programId = dsl.select(PULSE_ROUND.PROGRAM_ID).from(PULSE_ROUND).where(PULSE_ROUND.ID.eq(round)).fetchOne(PULSE_ROUND.PROGRAM_ID);
        var repo = support.repository;
        for (var r : rows) {
            assertThat(repo.audienceSharing(programId, r.getBranchId(), r.getDepartment(), r.getTenureBand(), LocalDate.now()))
                    .as("row %s", r.getId()).isGreaterThanOrEqualTo(rules.k());
        }
        dsl.update(PULSE_ROUND).set(PULSE_ROUND.STATUS, RoundStatus.CLOSED).where(PULSE_ROUND.ID.eq(round)).execute();
        releases.releaseRound(round);
        signIn.as(SignIn.HR);
        PulseResults results = pulseResults.results(ResultsRequest.round(round));
        assertThat(results.shown()).isTrue();
        assertThat(results.drivers()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("pride");
            assertThat(d.suppressed()).isEqualTo(SegmentGuard.Reason.TOO_FEW);
            assertThat(d.mean()).isNull();
        });
        mvc().perform(get("/api/v1/metrics/enps").param("round", String.valueOf(round))
                .header("Authorization", token(ApiScope.METRICS_READ, null))).andExpect(status().isOk());
    }

    @Test
    void staffAdvocacyIsASumOfReleasedBranchCells() {
        YearMonth to = YearMonth.now();
        YearMonth from = to.minusMonths(5);
        List<StaffAdvocacyQuery.BranchStaffMonth> months = staffAdvocacy.branchMonths(from, to);
        assertThat(months).isNotEmpty();
        Map<Long, String> codes = new HashMap<>();
        dsl.select(BRANCH.ID, BRANCH.CODE).from(BRANCH).forEach(r -> codes.put(r.value1(), r.value2()));
        Map<Long, String> rounds = recentRounds(6);
        signIn.as(SignIn.HR);
        int released = 0;
        for (var m : months) {
            int p = 0, pa = 0, d = 0;
            boolean hidden = false;
            for (var e : rounds.entrySet()) {
                if (!e.getValue().equals(m.month().toString())) {
                    continue;
                }
                PulseResults r = pulseResults.results(ResultsRequest.round(e.getKey()).withBranch(codes.get(m.branchId())));
                if (r.shown()) {
                    p += r.enps().promoters();
                    pa += r.enps().passives();
                    d += r.enps().detractors();
                } else {
                    hidden = true;
                }
            }
            assertThat(m.released()).as("%s", m).isEqualTo(!hidden);
            if (m.released()) {
                released++;
                assertThat(List.of(m.promoters(), m.passives(), m.detractors())).isEqualTo(List.of(p, pa, d));
                assertThat(m.reason()).isNull();
            } else {
                assertThat(m.n()).isZero();
                assertThat(m.reason()).isIn(ReleaseBuilder.MIN_GROUP, ReleaseBuilder.COMPLEMENTARY);
            }
        }
        assertThat(released).isPositive();
    }

    @Test
    void theAttackerLearnsNoSmallGroupFromEverythingEachReaderSeesOnTheDemo() throws Exception {
        Map<Long, String> rounds = recentRounds(4);
        // ground truth: the stored answers of those rounds, per source and finest group
        Map<Long, String> regions = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        dsl.select(BRANCH.ID, BRANCH.REGION, BRANCH.CODE).from(BRANCH).forEach(r -> {
            regions.put(r.value1(), r.value2());
            codes.put(r.value1(), r.value3());
        });
        Map<String, Long> ids = new HashMap<>();
        codes.forEach((id, code) -> ids.put(code, id));
        List<Attacker.Atom> atoms = new ArrayList<>();
        dsl.select(PULSE_ANSWER.ROUND_ID, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND,
                        org.jooq.impl.DSL.count()).from(PULSE_ANSWER).where(PULSE_ANSWER.ROUND_ID.in(rounds.keySet()))
                .groupBy(PULSE_ANSWER.ROUND_ID, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND)
                .forEach(r -> atoms.add(new Attacker.Atom("r" + r.value1(), rounds.get(r.value1()), r.value2(),
                        regions.get(r.value2()), r.value3(), r.value4(), r.value5())));
        Attacker attacker = new Attacker(atoms);
        List<String> departments = dsl.select(DEPARTMENT.NAME).from(DEPARTMENT).fetch(DEPARTMENT.NAME);
        Map<String, Set<String>> selections = new LinkedHashMap<>();
        rounds.keySet().forEach(r -> selections.put("round " + r, Set.of("r" + r)));
        for (String month : new TreeSet<>(rounds.values())) {
            Set<String> sources = new LinkedHashSet<>();
            rounds.forEach((r, m) -> {
                if (m.equals(month)) {
                    sources.add("r" + r);
                }
            });
            selections.put(month, sources);
        }
        Map<String, Integer> byPath = new LinkedHashMap<>();

        // --- the results screen's services, as HR, the manager of HN01 and a manager of several branches ---
        long hn01 = ids.get("HN01");
        long manager = dsl.select(org.advocacy.jooq.Tables.APP_USER.ID).from(org.advocacy.jooq.Tables.APP_USER)
                .where(org.advocacy.jooq.Tables.APP_USER.EMAIL.eq(SignIn.MANAGER)).fetchOne(org.advocacy.jooq.Tables.APP_USER.ID);
        var managedBranch = org.advocacy.jooq.Tables.MANAGED_BRANCH;
        List<Long> managedBefore = dsl.select(managedBranch.BRANCH_ID).from(managedBranch)
                .where(managedBranch.USER_ID.eq(manager)).fetch(managedBranch.BRANCH_ID);
        assertThat(managedBefore).containsExactly(hn01);
        Set<Long> several = new TreeSet<>(List.of(hn01, ids.get("HN02"), ids.get("SG01")));
        for (String who : List.of(SignIn.HR, SignIn.MANAGER, "several")) {
            Set<Long> scope = who.equals(SignIn.HR) ? null : who.equals(SignIn.MANAGER) ? Set.of(hn01) : several;
            if (who.equals("several")) {
                several.stream().filter(b -> b != hn01).forEach(b -> dsl.insertInto(managedBranch)
                        .set(managedBranch.USER_ID, manager).set(managedBranch.BRANCH_ID, b).execute());
            }
            int before = attacker.figures;
            try {
                signIn.as(who.equals("several") ? SignIn.MANAGER : who);
                collectScreens(attacker, who, scope, selections, codes, ids, regions, departments);
            } finally {
                signIn.out();
                dsl.deleteFrom(managedBranch).where(managedBranch.USER_ID.eq(manager))
                        .and(managedBranch.BRANCH_ID.notIn(managedBefore)).execute();
            }
            byPath.put("screens " + (who.equals("several") ? "manager of " + several.size() + " branches" : who),
                    attacker.figures - before);
        }

        // --- the eNPS API: the all-branch token and a token bound to each branch, every parameter it takes ---
        MockMvc mvc = mvc();
        int before = attacker.figures;
        Map<Long, String> tokensByBranch = new LinkedHashMap<>();
        tokensByBranch.put(0L, token(ApiScope.METRICS_READ, null));
        codes.keySet().stream().sorted().forEach(b -> tokensByBranch.put(b, token(ApiScope.METRICS_READ, b)));
        java.util.regex.Pattern nOf = java.util.regex.Pattern.compile("\"n\":(\\d+)");
        int calls = 0;
        for (var token : tokensByBranch.entrySet()) {
            Set<Long> scope = token.getKey() == 0L ? null : Set.of(token.getKey());
            List<String> branchParams = new ArrayList<>();
            branchParams.add(null);
            codes.forEach((b, c) -> {
                if (scope == null || scope.contains(b)) {
                    branchParams.add(c);
                }
            });
            List<String> deptParams = new ArrayList<>();
            deptParams.add(null);
            deptParams.addAll(departments);
            for (var sel : selections.entrySet()) {
                boolean round = sel.getKey().startsWith("round ");
                for (String code : branchParams) {
                    for (String dept : deptParams) {
                        if (++calls % 500 == 0) { // a fresh token of the same scope: each token may ask 600 a minute
                            token.setValue(token(ApiScope.METRICS_READ, token.getKey() == 0L ? null : token.getKey()));
                        }
                        var request = get("/api/v1/metrics/enps").header("Authorization", token.getValue())
                                .param(round ? "round" : "period", round ? sel.getKey().substring(6) : sel.getKey());
                        if (code != null) {
                            request = request.param("branch", code);
                        }
                        if (dept != null) {
                            request = request.param("department", dept);
                        }
                        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                        if (body.contains("\"suppressed\":false")) {
                            var m = nOf.matcher(body);
                            assertThat(m.find()).as(body).isTrue();
                            attacker.saw(new Attacker.Shown("API token " + token.getKey() + " " + sel.getKey() + " "
                                    + code + "/" + dept, sel.getValue(),
                                    Attacker.filter(scope, null, code == null ? null : ids.get(code), dept, null),
                                    Integer.parseInt(m.group(1))));
                        } else {
                            assertThat(body).contains("\"suppressed\":true", "\"reason\"");
                        }
                    }
                }
            }
        }
        byPath.put("eNPS API (" + tokensByBranch.size() + " tokens)", attacker.figures - before);

        // --- insights: the staff eNPS per branch-month (StaffAdvocacyQuery) ---
        before = attacker.figures;
        TreeSet<String> months = new TreeSet<>(rounds.values());
        for (StaffAdvocacyQuery.BranchStaffMonth m : staffAdvocacy.branchMonths(YearMonth.parse(months.first()),
                YearMonth.parse(months.last()))) {
            if (m.released()) {
                attacker.saw(new Attacker.Shown("insights " + codes.get(m.branchId()) + " " + m.month(),
                        selections.get(m.month().toString()), Attacker.filter(null, null, m.branchId(), null, null), m.n()));
            }
        }
        byPath.put("insights staff eNPS", attacker.figures - before);

        List<Attacker.Group> groups = attacker.smallGroups(rules.k());
        System.out.printf("Attacker (demo, %d rounds, %d answer groups, through the services, the eNPS API and the "
                + "insights read): %d figures (%d distinct) %s, %d hidden groups under k checked%n", rounds.size(),
                attacker.atoms().size(), attacker.figures, attacker.distinctFigures(), byPath, groups.size());
        assertThat(attacker.lies).isEmpty();
        assertThat(groups).isNotEmpty();
        assertThat(byPath.values()).allMatch(n -> n > 0);
        assertThat(attacker.determinedByRank(groups)).isEmpty();
        List<Attacker.Group> smallest = groups.stream().sorted(java.util.Comparator.comparingInt(Attacker.Group::n))
                .limit(5).toList();
        assertThat(attacker.pinnedByBounds(smallest)).isEmpty();
    }

    /** Every figure and segment row the results screen's services give one reader, fed to the attacker. */
    private void collectScreens(Attacker attacker, String who, Set<Long> scope, Map<String, Set<String>> selections,
            Map<Long, String> codes, Map<String, Long> ids, Map<Long, String> regions, List<String> departments) {
        for (var sel : selections.entrySet()) {
            Long roundId = sel.getKey().startsWith("round ") ? Long.valueOf(sel.getKey().substring(6)) : null;
            ResultsRequest base = roundId != null ? ResultsRequest.round(roundId) : ResultsRequest.period(sel.getKey());
            List<String[]> filters = new ArrayList<>();
            filters.add(new String[3]);
            codes.values().forEach(c -> filters.add(new String[] {c, null, null}));
            for (String d : departments) {
                filters.add(new String[] {null, d, null});
                codes.values().forEach(c -> filters.add(new String[] {c, d, null}));
            }
            TenureBand.ALL.forEach(t -> filters.add(new String[] {null, null, t}));
            for (String[] f : filters) {
                PulseResults r = pulseResults.results(base.withBranch(f[0]).withDepartment(f[1]).withTenureBand(f[2]));
                Long branch = f[0] == null ? null : ids.get(f[0]);
                String label = who + " " + sel.getKey() + " " + java.util.Arrays.toString(f);
                if (r.shown()) {
                    attacker.saw(new Attacker.Shown(label, sel.getValue(), Attacker.filter(scope, null, branch, f[1], f[2]),
                            r.enps().n()));
                }
                for (PulseResults.SegmentRow row : r.segments()) {
                    if (row.suppressed() != null) {
                        continue;
                    }
                    String region = null, dept = f[1], tenure = f[2];
                    Long rowBranch = branch;
                    switch (row.dimension()) {
                        case "REGION" -> region = row.label();
                        case "BRANCH" -> rowBranch = ids.get(row.label());
                        case "DEPARTMENT" -> dept = row.label();
                        case "TENURE" -> tenure = row.label();
                        default -> throw new AssertionError(row.dimension());
                    }
                    attacker.saw(new Attacker.Shown(label + " / " + row.label(), sel.getValue(),
                            Attacker.filter(scope, region, rowBranch, dept, tenure), row.n()));
                }
            }
            for (String region : new TreeSet<>(regions.values())) {
                PulseResults r = pulseResults.regionResults(base, region);
                if (r.shown()) {
                    attacker.saw(new Attacker.Shown(who + " " + sel.getKey() + " region " + region, sel.getValue(),
                            Attacker.filter(scope, region, null, null, null), r.enps().n()));
                }
            }
        }
    }
}
