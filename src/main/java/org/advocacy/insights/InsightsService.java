package org.advocacy.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.FollowUpService;
import org.advocacy.feedback.NpsScore;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.feedback.PraiseService;
import org.advocacy.insights.AdvocacyStatistics.Correlation;
import org.advocacy.insights.AdvocacyStatistics.Point;
import org.advocacy.insights.AdvocacyStatistics.Regression;
import org.advocacy.insights.internal.RollupRebuild;
import org.advocacy.insights.internal.RollupRepository;
import org.advocacy.insights.internal.RollupRepository.Cell;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.survey.ActionPlan;
import org.advocacy.survey.ActionPlanService;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.BranchDriverQuery;
import org.advocacy.survey.StaffAdvocacyQuery;
import org.advocacy.survey.StaffAdvocacyQuery.BranchStaffMonth;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff and customer advocacy per branch (docs/domain-rules.md#staff-and-customer-advocacy-per-branch): the advocacy
 * map's analysis, lead and lag, the branch page, and the rollups' rebuild. Staff figures come only from the survey's
 * published {@link StaffAdvocacyQuery} (sums of released cells); customer and recognition figures from this module's
 * rollups. The caller's branch scope is applied to every read.
 */
@Service
public class InsightsService {

    static final String READERS = InsightsPermissions.HR_LEADER_OR_METRICS_TOKEN;
    /** Months the branch page shows. */
    public static final int BRANCH_MONTHS = 18;
    /** Months of the within-branch lead-and-lag window. */
    public static final int LAG_WINDOW = 12;
    public static final int MAX_LAG = 3;
    private static final int BAND_STEPS = 24;
    private static final int URGENT_CASES = 5;
    private static final int RECENT_PRAISE = 5;
    /** The branch page lists the branch's action plans of this many latest rounds. */
    static final int PLAN_ROUNDS = 6;

    /**
     * Where customer and recognition figures are read from: the rollups, through the cache of computed analyses
     * ({@link #ROLLUPS}, what the screens and the API use), the rollups computed afresh ({@link #ROLLUPS_UNCACHED}:
     * what a view costs after its data changed), or the raw rows ({@link #RAW}: benchmark and checks; same result).
     */
    public enum Source { ROLLUPS, ROLLUPS_UNCACHED, RAW }

    private final RollupRepository rollups;
    private final RollupRebuild rebuild;
    private final StaffAdvocacyQuery staff;
    private final BranchDriverQuery drivers;
    private final AnonymityRules anonymity;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final FollowUpService followUps;
    private final PraiseService praise;
    private final ActionPlanService plans;
    private final OrgTimeZone zone;
    private final Clock clock;
    private final AdvocacyCache cache;

    InsightsService(RollupRepository rollups, RollupRebuild rebuild, StaffAdvocacyQuery staff, BranchDriverQuery drivers,
            AnonymityRules anonymity,
            OrgService org, CurrentUser currentUser, FollowUpService followUps, PraiseService praise,
            ActionPlanService plans, OrgTimeZone zone, Clock clock, AdvocacyCache cache) {
        this.cache = cache;
        this.rollups = rollups;
        this.rebuild = rebuild;
        this.staff = staff;
        this.drivers = drivers;
        this.anonymity = anonymity;
        this.org = org;
        this.currentUser = currentUser;
        this.followUps = followUps;
        this.praise = praise;
        this.plans = plans;
        this.zone = zone;
        this.clock = clock;
    }

    /** The current month in the organisation's time zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone.zone()));
    }

    /** Parses a period label against today (bad input: a translated validation error). */
    public InsightsPeriod period(String label) {
        return label == null || label.isBlank() ? InsightsPeriod.lastQuarter(currentMonth())
                : InsightsPeriod.parse(label, currentMonth());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<String> regions() {
        return org.branchesInScope().stream().map(Branch::region).distinct().sorted().toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RollupStatus status() {
        return rollups.status();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public AdvocacyAnalysis advocacy(InsightsPeriod period, String region, int lag) {
        return advocacy(period, region, lag, Source.ROLLUPS);
    }

    /**
     * The analysis of a period; {@code lag} moves the customers' months (eNPS in t against NPS in t + lag).
     * {@link Source#RAW} aggregates the raw rows instead of the rollups (benchmark and checks; same result).
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public AdvocacyAnalysis advocacy(InsightsPeriod period, String region, int lag, Source source) {
        if (Math.abs(lag) > MAX_LAG) {
            throw new ValidationException("lag", "insights.error.lag", MAX_LAG);
        }
        BranchScope scope = currentUser.branchScope();
        List<Branch> branches = branchesIn(region);
        if (source == Source.RAW) {
            return analyse(period, lag, source, staff.branchMonths(period.from(), period.to()), scope, branches,
                    rollups.activeHeadcount(), region);
        }
        AdvocacyCache.Headcount heads = cache.headcount();
        if (source == Source.ROLLUPS_UNCACHED) {
            return analyse(period, lag, source, staff.branchMonths(period.from(), period.to()), scope, branches,
                    heads.byBranch(), region);
        }
        InsightsPeriod customerPeriod = period.shift(lag);
        AdvocacyCache.Key key = new AdvocacyCache.Key("advocacy", period, region, lag, scope, branches,
                cache.rollupVersion(min(period.from(), customerPeriod.from()), max(period.to(), customerPeriod.to())),
                staff.version(period.from(), period.to()), heads.stamp(), anonymity.k());
        AdvocacyAnalysis analysis = cache.get(key, () -> analyse(period, lag, Source.ROLLUPS,
                staff.branchMonths(period.from(), period.to()), scope, branches, heads.byBranch(), region));
        return analysis.withRollups(rollups.status());
    }

    private AdvocacyAnalysis analyse(InsightsPeriod period, int lag, Source source, List<BranchStaffMonth> staffMonths,
            BranchScope scope, List<Branch> branches, Map<Long, Integer> headcount, String region) {
        InsightsPeriod customerPeriod = period.shift(lag);
        Map<Long, AdvocacyAnalyzer.StaffSum> staffSums = AdvocacyAnalyzer.staffSums(staffMonths, period.months());
        Map<Long, CustomerCounts> customers = sumByBranch(customerCells(customerPeriod.from(), customerPeriod.to(),
                scope, source));
        Map<Long, RecognitionCounts> recognition = sumRecognition(recognitionCells(period.from(), period.to(), scope,
                source));
        return AdvocacyAnalyzer.analyse(period, region, lag, anonymity.k(), branches, staffSums, customers,
                recognition, headcount, rollups.status());
    }

    private static java.time.YearMonth min(java.time.YearMonth a, java.time.YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static java.time.YearMonth max(java.time.YearMonth a, java.time.YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    /** Lead and lag, L = −3 … +3, across branches (the period) and within branches (12 months ending with it). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public LagAnalysis lag(InsightsPeriod period, String region) {
        BranchScope scope = currentUser.branchScope();
        List<Branch> branches = branchesIn(region);
        YearMonth windowStart = period.to().minusMonths(LAG_WINDOW - 1L);
        AdvocacyCache.Headcount heads = cache.headcount();
        AdvocacyCache.Key key = new AdvocacyCache.Key("lag", period, region, 0, scope, branches,
                cache.rollupVersion(min(windowStart, period.from()).minusMonths(MAX_LAG), period.to().plusMonths(MAX_LAG)),
                staff.version(min(windowStart, period.from()), period.to()), heads.stamp(), anonymity.k());
        return cache.get(key, () -> lag(period, region, scope, branches, heads.byBranch()));
    }

    private LagAnalysis lag(InsightsPeriod period, String region, BranchScope scope, List<Branch> branches,
            Map<Long, Integer> headcount) {
        java.util.Set<Long> ids = new java.util.HashSet<>(branches.stream().map(Branch::id).toList());
        YearMonth windowFrom = period.to().minusMonths(LAG_WINDOW - 1L);
        Map<Cell, BranchStaffMonth> staffMonths = new HashMap<>();
        List<BranchStaffMonth> windowStaff = staff.branchMonths(windowFrom, period.to());
        List<BranchStaffMonth> periodStaff = windowStaff.stream()
                .filter(m -> !m.month().isBefore(period.from()) && !m.month().isAfter(period.to())).toList();
        for (BranchStaffMonth m : windowStaff) {
            if (ids.contains(m.branchId())) {
                staffMonths.put(new Cell(m.branchId(), m.month()), m);
            }
        }
        Map<Cell, CustomerCounts> customers = rollups.customer(windowFrom.minusMonths(MAX_LAG),
                period.to().plusMonths(MAX_LAG), scope);
        int k = anonymity.k();
        List<LagAnalysis.LagPoint> points = new ArrayList<>();
        Integer suggested = null;
        double best = Double.NEGATIVE_INFINITY;
        for (int lag = -MAX_LAG; lag <= MAX_LAG; lag++) {
            Correlation across = analyse(period, lag, Source.ROLLUPS, periodStaff, scope, branches, headcount, region)
                    .correlation();
            Correlation within = AdvocacyAnalyzer.within(AdvocacyAnalyzer.withinPairs(staffMonths, customers, lag, k));
            points.add(new LagAnalysis.LagPoint(lag, across, within));
            if (within != null && within.low() > 0 && within.r() > best) {
                best = within.r();
                suggested = lag;
            }
        }
        return new LagAnalysis(period, points, suggested);
    }

    /** The branch page; leaders and HR only. */
    @PreAuthorize(InsightsPermissions.HR_OR_LEADER)
    @Transactional(readOnly = true)
    public BranchInsights branch(String code) {
        return branch(code, Source.ROLLUPS);
    }

    /**
     * The branch page; {@link Source#RAW} reads customer and recognition figures from the raw rows instead of the
     * rollups (benchmark and checks; same result).
     */
    @PreAuthorize(InsightsPermissions.HR_OR_LEADER)
    @Transactional(readOnly = true)
    public BranchInsights branch(String code, Source source) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Branch b = org.branchByCode(c).orElseThrow(() -> new ValidationException("branch", "insights.error.branch", c));
        BranchScope scope = currentUser.branchScope();
        if (!scope.includes(b.id())) {
            throw new AccessDeniedException("branch " + c + " is outside the caller's scope");
        }
        YearMonth to = currentMonth();
        YearMonth from = to.minusMonths(BRANCH_MONTHS - 1L);
        BranchScope one = BranchScope.of(java.util.Set.of(b.id()));
        Map<YearMonth, BranchStaffMonth> staffMonths = new HashMap<>();
        staff.branchMonths(from, to, List.of(b.id())).forEach(m -> staffMonths.put(m.month(), m));
        Map<Cell, CustomerCounts> customers = customerCells(from, to, one, source);
        Map<Cell, RecognitionCounts> recognition = recognitionCells(from, to, one, source);
        List<BranchInsights.Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            BranchStaffMonth s = staffMonths.get(m);
            NpsScore enps = s != null && s.released() && s.n() > 0 ? NpsScore.of(s.promoters(), s.passives(), s.detractors())
                    : null;
            CustomerCounts cc = customers.getOrDefault(new Cell(b.id(), m), CustomerCounts.ZERO);
            months.add(new BranchInsights.Month(m, enps, s == null ? null : s.reason(), cc.nps(), cc.csatPct(),
                    cc.cesMean(), recognition.getOrDefault(new Cell(b.id(), m), RecognitionCounts.ZERO)));
        }
        InsightsPeriod last3 = InsightsPeriod.rolling(3, to);
        RecognitionCounts lastThree = recognition.entrySet().stream()
                .filter(e -> !e.getKey().month().isBefore(last3.from()) && !e.getKey().month().isAfter(last3.to()))
                .map(Map.Entry::getValue).reduce(RecognitionCounts.ZERO, RecognitionCounts::plus);
        FollowUpService.BranchCases cases = followUps.openOfBranch(b.id(), URGENT_CASES);
        List<ActionPlan> branchPlans = plans.plansOfBranch(b, PLAN_ROUNDS);
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        List<PraiseItem> recent = praise.feedOfBranch(b.id(), today.minusDays(90), today.plusDays(1), RECENT_PRAISE);
        return new BranchInsights(b.id(), b.code(), b.name(), b.region(), b.active(), months,
                rollups.activeHeadcount(b.id()), lastThree, drivers.drivers(b.id(), last3.from(), last3.to()),
                cases.open(), cases.mostUrgent(), branchPlans, recent);
    }

    /** Recomputes every rollup cell from the raw rows (HR and admins). */
    @PreAuthorize(InsightsPermissions.HR_OR_ADMIN)
    public RollupStatus rebuild() {
        return rebuild.rebuild(currentUser.require().email());
    }

    // --- helpers ---

    private List<Branch> branchesIn(String region) {
        return org.branchesInScope().stream()
                .filter(b -> region == null || region.isBlank() || b.region().equals(region))
                .sorted(java.util.Comparator.comparing(Branch::code)).toList();
    }

    private Map<Cell, CustomerCounts> customerCells(YearMonth from, YearMonth to, BranchScope scope, Source source) {
        if (source != Source.RAW) {
            return rollups.customer(from, to, scope);
        }
        return rollups.customerRaw(scope, from, to);
    }

    private Map<Cell, RecognitionCounts> recognitionCells(YearMonth from, YearMonth to, BranchScope scope, Source source) {
        if (source != Source.RAW) {
            return rollups.recognition(from, to, scope);
        }
        return rollups.recognitionRaw(scope.all() ? null : scope.branchIds(), from, to, zone.zone());
    }

    private static Map<Long, CustomerCounts> sumByBranch(Map<Cell, CustomerCounts> cells) {
        Map<Long, CustomerCounts> out = new HashMap<>();
        cells.forEach((cell, c) -> out.merge(cell.branchId(), c, CustomerCounts::plus));
        return out;
    }

    private static Map<Long, RecognitionCounts> sumRecognition(Map<Cell, RecognitionCounts> cells) {
        Map<Long, RecognitionCounts> out = new HashMap<>();
        cells.forEach((cell, c) -> out.merge(cell.branchId(), c, RecognitionCounts::plus));
        return out;
    }


}
