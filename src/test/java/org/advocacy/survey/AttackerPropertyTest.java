package org.advocacy.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.advocacy.security.BranchScope;
import org.advocacy.survey.internal.InMemoryReleases;
import org.advocacy.survey.internal.ReleaseRepository.CellRow;
import org.advocacy.survey.internal.ReleaseRepository.DriverRow;
import org.advocacy.survey.internal.ReleaseRepository.ReleaseRow;

/**
 * docs/domain-rules.md#rule-14 on random organisations: 1–4 regions, 2–8 branches, 1–4 departments, three tenure bands,
 * audiences of 1 to 40 people per branch, two programs with overlapping rounds, imported history in months without
 * rounds, and readers with every scope (HR and leaders: all branches; managers of one or several branches; branch-bound
 * API tokens). Each release is computed by {@link ReleaseBuilder} exactly as at round close; every figure each reader
 * can ask for (rounds, months, quarters; company, region, branch, department, tenure band and their combinations; every
 * segment row) is read through {@link ReleasedResults}, the code the services use. The {@link Attacker} then checks
 * that no hidden group of fewer than k answers is determined.
 */
class AttackerPropertyTest {

    static final AnonymityRules RULES = AnonymityRules.of(5, 10);
    static final List<String> DEPARTMENTS = List.of("Lễ tân", "Trị liệu", "Chăm sóc da", "Nail & Tóc");
    static final AtomicLong FIGURES = new AtomicLong();
    static final AtomicLong DISTINCT = new AtomicLong();
    static final AtomicLong GROUPS = new AtomicLong();
    static final AtomicLong PROGRAMS_SOLVED = new AtomicLong();
    static final AtomicLong TRIES = new AtomicLong();
    static final AtomicLong SCREEN_FIGURES = new AtomicLong();
    static final AtomicLong API_FIGURES = new AtomicLong();
    static final AtomicLong INSIGHT_FIGURES = new AtomicLong();
    static final AtomicLong CELLS = new AtomicLong();

    record Person(long branch, String department, String tenure) {
    }

    @Property(tries = 60, seed = "20261202")
    void noHiddenGroupUnderKIsDeterminedByWhatAnyReaderSees(@ForAll long seed) {
        TRIES.incrementAndGet();
        Random r = new Random(seed);
        // --- the organisation ---
        int regionCount = 1 + r.nextInt(4);
        int branchCount = 2 + r.nextInt(7);
        int deptCount = 1 + r.nextInt(4);
        Map<Long, String> codes = new LinkedHashMap<>();
        Map<Long, String> regions = new LinkedHashMap<>();
        List<Person> people = new ArrayList<>();
        for (long b = 1; b <= branchCount; b++) {
            codes.put(b, "B" + b);
            regions.put(b, "R" + (1 + r.nextInt(regionCount)));
            int audience = 1 + r.nextInt(40);
            for (int i = 0; i < audience; i++) {
                people.add(new Person(b, DEPARTMENTS.get(r.nextInt(deptCount)), TenureBand.ALL.get(r.nextInt(3))));
            }
        }
        // rule 13: the stored attributes are generalised until k of the audience share them
        Map<String, Integer> sharing = new HashMap<>();
        for (Person p : people) {
            sharing.merge(p.branch() + "|" + p.department() + "|" + p.tenure(), 1, Integer::sum);
            sharing.merge(p.branch() + "|" + p.department(), 1, Integer::sum);
        }
        List<Person> stored = people.stream().map(p -> {
            if (sharing.get(p.branch() + "|" + p.department() + "|" + p.tenure()) >= RULES.k()) {
                return p;
            }
            return new Person(p.branch(), sharing.get(p.branch() + "|" + p.department()) >= RULES.k() ? p.department()
                    : null, null);
        }).toList();
        // --- sources: two programs' rounds over four months, imports in months without a round ---
        List<ReleaseRow> releases = new ArrayList<>();
        List<CellRow> cells = new ArrayList<>();
        List<Attacker.Atom> atoms = new ArrayList<>();
        long id = 0;
        List<String> months = List.of("2026-01", "2026-02", "2026-03", "2026-04");
        for (String month : months) {
            boolean round1 = r.nextDouble() < 0.8;
            boolean round2 = r.nextDouble() < 0.5;
            List<List<Person>> sources = new ArrayList<>();
            List<Boolean> imported = new ArrayList<>();
            for (boolean has : new boolean[] {round1, round2}) {
                if (has) {
                    double rate = 0.3 + 0.7 * r.nextDouble();
                    sources.add(stored.stream().filter(p -> r.nextDouble() < rate).toList());
                    imported.add(false);
                }
            }
            if (!round1 && !round2 && r.nextBoolean()) { // imported history: attributes as given, some unstated
                List<Person> rows = new ArrayList<>();
                int n = 3 + r.nextInt(60);
                for (int i = 0; i < n; i++) {
                    long b = 1 + r.nextInt(branchCount);
                    rows.add(new Person(b, r.nextInt(5) == 0 ? null : DEPARTMENTS.get(r.nextInt(deptCount)),
                            r.nextInt(3) == 0 ? null : TenureBand.ALL.get(r.nextInt(3))));
                }
                sources.add(rows);
                imported.add(true);
            }
            for (int s = 0; s < sources.size(); s++) {
                long releaseId = ++id;
                Map<String, int[]> byAtom = new LinkedHashMap<>();
                Map<String, Person> keyPerson = new HashMap<>();
                for (Person p : sources.get(s)) {
                    String key = p.branch() + "|" + p.department() + "|" + p.tenure();
                    int score = r.nextInt(11);
                    int[] c = byAtom.computeIfAbsent(key, x -> new int[3]);
                    c[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
                    keyPerson.put(key, p);
                }
                List<ReleaseBuilder.Atom> input = new ArrayList<>();
                byAtom.forEach((key, c) -> {
                    Person p = keyPerson.get(key);
                    input.add(new ReleaseBuilder.Atom(p.branch(), regions.get(p.branch()), p.department(), p.tenure(),
                            c[0], c[1], c[2], Map.of()));
                    atoms.add(new Attacker.Atom("s" + releaseId, month, p.branch(), regions.get(p.branch()),
                            p.department(), p.tenure(), c[0] + c[1] + c[2]));
                });
                for (ReleaseBuilder.Cell c : new ReleaseBuilder(RULES).build(input, List.of())) {
                    cells.add(new CellRow(releaseId, c.key(), c.n(), c.promoters(), c.passives(), c.detractors(),
                            c.released(), c.reason(), c.commentsReleased()));
                }
                boolean isImport = imported.get(s);
                releases.add(new ReleaseRow(releaseId, isImport ? null : releaseId, isImport ? releaseId : null,
                        isImport ? null : (long) s + 1, month, YearMonth.parse(month).atEndOfMonth()));
            }
        }
        // --- readers ---
        ReleasedResults.Org org = new ReleasedResults.Org(codes, regions);
        List<Set<Long>> scopes = new ArrayList<>();
        scopes.add(null); // HR, leaders
        for (long b = 1; b <= branchCount; b++) {
            scopes.add(Set.of(b)); // a branch's manager, a branch-bound token
        }
        Set<Long> several = new TreeSet<>();
        for (long b = 1; b <= branchCount; b++) {
            if (r.nextBoolean()) {
                several.add(b);
            }
        }
        if (several.size() > 1) {
            scopes.add(several); // a manager of several branches
        }
        // --- selections: each round, each month, each quarter ---
        Map<String, List<ReleaseRow>> selections = new LinkedHashMap<>();
        for (ReleaseRow rel : releases) {
            if (rel.roundId() != null) {
                selections.put("round " + rel.id(), List.of(rel));
            }
        }
        for (String month : months) {
            selections.put(month, releases.stream().filter(x -> x.month().equals(month)).toList());
        }
        selections.put("2026-Q1", releases.stream().filter(x -> x.month().compareTo("2026-04") < 0).toList());
        selections.put("2026-Q2", releases.stream().filter(x -> x.month().equals("2026-04")).toList());

        Attacker attacker = new Attacker(atoms);
        Set<String> regionNames = new TreeSet<>(regions.values());
        for (Set<Long> scopeIds : scopes) {
            BranchScope scope = scopeIds == null ? BranchScope.ALL : BranchScope.of(scopeIds);
            for (var sel : selections.entrySet()) {
                List<ReleaseRow> rels = sel.getValue();
                if (mixes(rels)) {
                    continue; // the service answers mixedSources for these (rule 12)
                }
                Set<String> sourceIds = new LinkedHashSet<>();
                rels.forEach(x -> sourceIds.add("s" + x.id()));
                ReleasedResults results = new ReleasedResults(RULES, org, rels,
                        cells.stream().filter(c -> rels.stream().anyMatch(x -> x.id() == c.releaseId())).toList(),
                        List.<DriverRow>of());
                List<String[]> filters = new ArrayList<>(); // region, branch, department, tenure
                filters.add(new String[4]);
                regionNames.forEach(x -> filters.add(new String[] {x, null, null, null}));
                codes.values().forEach(c -> filters.add(new String[] {null, c, null, null}));
                for (String d : DEPARTMENTS.subList(0, deptCount)) {
                    filters.add(new String[] {null, null, d, null});
                    codes.values().forEach(c -> filters.add(new String[] {null, c, d, null}));
                    regionNames.forEach(x -> filters.add(new String[] {x, null, d, null}));
                    TenureBand.ALL.forEach(t -> filters.add(new String[] {null, null, d, t}));
                }
                TenureBand.ALL.forEach(t -> filters.add(new String[] {null, null, null, t}));
                codes.values().forEach(c -> TenureBand.ALL.forEach(t -> filters.add(new String[] {null, c, null, t})));
                for (String[] f : filters) {
                    ReleasedResults.Selection s = ReleasedResults.select(org, scope, f[0], f[1], f[2], f[3]);
                    ReleasedResults.Figure fig = results.figure(s);
                    Long branch = f[1] == null ? null : org.idOf(f[1]);
                    String label = Attacker.describe(sel.getKey(), scopeIds, java.util.Arrays.toString(f));
                    if (fig.shown()) {
                        attacker.saw(new Attacker.Shown(label, sourceIds,
                                Attacker.filter(scopeIds, f[0], branch, f[2], f[3]), fig.n()));
                    }
                    for (PulseResults.SegmentRow row : results.segments(scope, f[0], f[1], f[2], f[3])) {
                        if (row.suppressed() != null) {
                            continue;
                        }
                        String region = f[0], dept = f[2], tenure = f[3];
                        Long rowBranch = branch;
                        switch (row.dimension()) {
                            case "REGION" -> region = row.label();
                            case "BRANCH" -> rowBranch = org.idOf(row.label());
                            case "DEPARTMENT" -> dept = row.label();
                            case "TENURE" -> tenure = row.label();
                            default -> throw new AssertionError(row.dimension());
                        }
                        attacker.saw(new Attacker.Shown(label + " / " + row.dimension() + " " + row.label(), sourceIds,
                                Attacker.filter(scopeIds, region, rowBranch, dept, tenure), row.n()));
                    }
                }
            }
        }
        int screenFigures = attacker.figures;
        // --- the eNPS API (EnpsApi → PulseResultsService.headline): the all-branch token and each branch-bound token, with
        // the parameters the API takes (period or round; branch; department), through the same selection and sums ---
        List<Set<Long>> tokens = new ArrayList<>();
        tokens.add(null);
        codes.keySet().forEach(b -> tokens.add(Set.of(b)));
        for (Set<Long> scopeIds : tokens) {
            BranchScope scope = scopeIds == null ? BranchScope.ALL : BranchScope.of(scopeIds);
            for (var sel : selections.entrySet()) {
                List<ReleaseRow> rels = sel.getValue();
                if (mixes(rels)) {
                    continue;
                }
                Set<String> sourceIds = new LinkedHashSet<>();
                rels.forEach(x -> sourceIds.add("s" + x.id()));
                ReleasedResults results = new ReleasedResults(RULES, org, rels,
                        cells.stream().filter(c -> rels.stream().anyMatch(x -> x.id() == c.releaseId())).toList(),
                        List.<DriverRow>of());
                List<String> branchParams = new ArrayList<>();
                branchParams.add(null);
                codes.forEach((b, c) -> {
                    if (scope.includes(b)) {
                        branchParams.add(c); // another branch is refused with 403 by the API
                    }
                });
                List<String> deptParams = new ArrayList<>();
                deptParams.add(null);
                deptParams.addAll(DEPARTMENTS.subList(0, deptCount));
                for (String code : branchParams) {
                    for (String dept : deptParams) {
                        ReleasedResults.Figure fig = results.figure(ReleasedResults.select(org, scope, null, code, dept, null));
                        if (fig.shown()) {
                            Long branch = code == null ? null : org.idOf(code);
                            attacker.saw(new Attacker.Shown("API " + Attacker.describe(sel.getKey(), scopeIds,
                                    code + "/" + dept), sourceIds, Attacker.filter(scopeIds, null, branch, dept, null), fig.n()));
                        }
                    }
                }
            }
        }
        int apiFigures = attacker.figures - screenFigures;
        // --- insights: staff eNPS per branch-month, read by the production StaffAdvocacyQuery over these releases ---
        for (StaffAdvocacyQuery.BranchStaffMonth m : new InMemoryReleases(releases, cells).staffAdvocacy()
                .branchMonths(YearMonth.parse(months.getFirst()), YearMonth.parse(months.getLast()))) {
            if (!m.released()) {
                continue;
            }
            Set<String> sourceIds = new LinkedHashSet<>();
            releases.stream().filter(x -> x.month().equals(m.month().toString())).forEach(x -> sourceIds.add("s" + x.id()));
            attacker.saw(new Attacker.Shown("insights " + m.branchId() + " " + m.month(), sourceIds,
                    Attacker.filter(null, null, m.branchId(), null, null), m.n()));
        }
        int insightFigures = attacker.figures - screenFigures - apiFigures;
        SCREEN_FIGURES.addAndGet(screenFigures);
        API_FIGURES.addAndGet(apiFigures);
        INSIGHT_FIGURES.addAndGet(insightFigures);
        CELLS.addAndGet(cells.size());
        List<Attacker.Group> groups = attacker.smallGroups(RULES.k());
        FIGURES.addAndGet(attacker.figures);
        DISTINCT.addAndGet(attacker.distinctFigures());
        GROUPS.addAndGet(groups.size());
        assertThat(attacker.lies).as("figures that do not add up their answers").isEmpty();
        assertThat(attacker.determinedByRank(groups)).as("hidden groups under k determined by adding and subtracting")
                .isEmpty();
        // bounds: the smallest groups (where a pin would hurt most) by linear programming
        List<Attacker.Group> smallest = groups.stream().sorted(java.util.Comparator.comparingInt(Attacker.Group::n))
                .limit(3).toList();
        PROGRAMS_SOLVED.addAndGet(2L * smallest.size());
        assertThat(attacker.pinnedByBounds(smallest)).as("hidden groups pinned by non-negativity").isEmpty();
    }

    private static boolean mixes(List<ReleaseRow> rels) {
        Set<String> roundMonths = new TreeSet<>();
        Set<String> batchMonths = new TreeSet<>();
        rels.forEach(x -> (x.roundId() != null ? roundMonths : batchMonths).add(x.month()));
        roundMonths.retainAll(batchMonths);
        return !roundMonths.isEmpty();
    }

    @AfterContainer
    static void report() {
        System.out.printf("Attacker (random organisations): %d organisations, %d released cells, %d figures collected "
                + "(%d distinct; screens %d, eNPS API %d, insights staff eNPS %d), %d hidden groups under k checked by "
                + "rank, %d linear programs solved%n", TRIES.get(), CELLS.get(), FIGURES.get(), DISTINCT.get(),
                SCREEN_FIGURES.get(), API_FIGURES.get(), INSIGHT_FIGURES.get(), GROUPS.get(), PROGRAMS_SOLVED.get());
    }
}
