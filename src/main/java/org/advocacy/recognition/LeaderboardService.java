package org.advocacy.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.recognition.internal.RecognitionRepository;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is recognised how much: branch and people leaderboards of a month, the people nobody recognised lately (gaps),
 * the leaderboard opt-out and the counts for BI tools. Counts only, within the caller's branch scope; no messages.
 */
@Service
public class LeaderboardService {

    private final RecognitionRepository repository;
    private final RecognitionQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final int defaultGapDays;
    private final RecognitionMonthTotals monthTotals;
    private final ManagedBranches managedBranches;

    LeaderboardService(RecognitionRepository repository, RecognitionQuery query, CurrentUser currentUser, Clock clock,
            OrgTimeZone zone, @Value("${app.recognition.gap-days:60}") int defaultGapDays,
            RecognitionMonthTotals monthTotals, ManagedBranches managedBranches) {
        this.repository = repository;
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone.zone();
        this.defaultGapDays = defaultGapDays;
        this.monthTotals = monthTotals;
        this.managedBranches = managedBranches;
    }

    /** Branches by recognition and approved customer praise per head of active staff in a month, so small branches can win. */
    @PreAuthorize(RecognitionPermissions.EMPLOYEE_MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<BranchRank> branchLeaderboard(YearMonth period) {
        return rankBranches(branchTallies(null, period));
    }

    /**
     * Active branches (of {@code branchIds}, null: all) and retired ones with history in the month, with active
     * headcount, recognition received and approved praise: the counts from the monthly rollups, so the time does
     * not grow with the history (issue 13).
     */
    private List<BranchRank> branchTallies(Set<Long> branchIds, YearMonth period) {
        if (period == null) {
            throw new ValidationException("period", "error.required");
        }
        Map<Long, int[]> counts = monthTotals.month(period, branchIds);
        List<BranchRank> out = new ArrayList<>();
        for (RecognitionQuery.BranchRow b : query.branchRows(branchIds)) {
            int[] c = counts.getOrDefault(b.id(), new int[2]);
            if (b.active() || c[0] > 0 || c[1] > 0) { // retired branches keep their past
                out.add(new BranchRank(0, b.id(), b.code(), b.name(), b.headcount(), c[0], c[1],
                        b.headcount() == 0 ? 0 : (double) (c[0] + c[1]) / b.headcount()));
            }
        }
        return out;
    }

    /** People of one managed branch by approved praise, then recognition, in a month; opted-out people appear without a name. */
    @PreAuthorize(RecognitionPermissions.MANAGER)
    @Transactional(readOnly = true)
    public List<PersonRank> peopleLeaderboard(long branchId, YearMonth period) {
        if (!managed().contains(branchId)) {
            throw new AccessDeniedException("people leaderboard of branch " + branchId);
        }
        LocalDateTime[] range = range(period);
        return rankPeople(query.personTallies(branchId, range[0], range[1], 50));
    }

    /**
     * Ordered by recognition and approved customer praise together per head (then more of both, then code); equal
     * rates share a rank.
     */
    static List<BranchRank> rankBranches(List<BranchRank> tallies) {
        List<BranchRank> sorted = new ArrayList<>(tallies);
        sorted.sort(java.util.Comparator.comparingDouble(BranchRank::perHead).reversed()
                .thenComparing(java.util.Comparator.comparingInt((BranchRank b) -> b.recognitions() + b.praise()).reversed())
                .thenComparing(BranchRank::code));
        List<BranchRank> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BranchRank b = sorted.get(i);
            int rank = i > 0 && Double.compare(sorted.get(i - 1).perHead(), b.perHead()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BranchRank(rank, b.branchId(), b.code(), b.name(), b.headcount(), b.recognitions(), b.praise(),
                    b.perHead()));
        }
        return ranked;
    }

    static List<PersonRank> rankPeople(List<PersonRank> sortedTallies) {
        List<PersonRank> ranked = new ArrayList<>();
        for (int i = 0; i < sortedTallies.size(); i++) {
            PersonRank p = sortedTallies.get(i);
            PersonRank prev = i > 0 ? sortedTallies.get(i - 1) : null;
            int rank = prev != null && prev.praise() == p.praise() && prev.recognitions() == p.recognitions()
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new PersonRank(rank, p.employeeId(), p.fullName(), p.recognitions(), p.praise()));
        }
        return ranked;
    }

    /** The branches the caller manages (empty for everyone else). */
    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<Long> managedBranchIds() {
        return managed();
    }

    // --- counts for BI tools ---

    /** Recognition received per branch and per value in a month, within the caller's branch scope; no messages. */
    @PreAuthorize(RecognitionPermissions.METRICS_TOKEN_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public RecognitionStats stats(YearMonth period, Long branchId) {
        BranchScope scope = currentUser.branchScope();
        if (branchId != null && !scope.includes(branchId)) {
            throw new AccessDeniedException("branch " + branchId);
        }
        Set<Long> ids = branchId != null ? Set.of(branchId) : scope.all() ? null : scope.branchIds();
        LocalDateTime[] range = range(period);
        Map<Long, Map<String, Integer>> byBranch = query.valueCountsByBranch(ids, range[0], range[1]);
        Map<String, Integer> total = new TreeMap<>();
        List<RecognitionStats.BranchCounts> branches = branchTallies(ids, period).stream()
                .map(b -> {
                    Map<String, Integer> v = byBranch.getOrDefault(b.branchId(), Map.of());
                    v.forEach((code, n) -> total.merge(code, n, Integer::sum));
                    return new RecognitionStats.BranchCounts(b.code(), b.name(), b.headcount(), b.recognitions(),
                            new TreeMap<>(v));
                }).toList();
        return new RecognitionStats(period, branches, total);
    }

    /** Whether the caller does not want to appear by name on leaderboards. */
    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    @Transactional
    public void setLeaderboardOptOut(boolean optOut) {
        Long employeeId = currentUser.require().employeeId();
        if (employeeId == null) {
            throw new ValidationException(null, "recognition.error.noEmployee");
        }
        repository.setLeaderboardOptOut(employeeId, optOut);
    }

    // --- gaps ---

    /** Days without recognition after which someone is listed as a gap (app.recognition.gap-days, default 60). */
    @PreAuthorize(RecognitionPermissions.SIGNED_IN)
    public int defaultGapDays() {
        return defaultGapDays;
    }

    /** People of the caller's branches (HR: all) not recognised by anyone in the last {@code days} days. */
    @PreAuthorize(RecognitionPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public List<RecognitionGap> gaps(int days, int offset, int limit) {
        return query.gaps(scopeIds(), currentUser.require().employeeId(), cutoff(days), offset, Math.min(limit, 500));
    }

    @PreAuthorize(RecognitionPermissions.MANAGER_OR_HR)
    @Transactional(readOnly = true)
    public int gapCount(int days) {
        return query.countGaps(scopeIds(), currentUser.require().employeeId(), cutoff(days));
    }

    private LocalDateTime cutoff(int days) {
        if (days < 1 || days > 730) {
            throw new ValidationException("days", "recognition.gaps.error.days", 1, 730);
        }
        return now().minusDays(days);
    }

    // --- helpers ---

    private LocalDateTime[] range(YearMonth period) {
        if (period == null) {
            throw new ValidationException("period", "error.required");
        }
        return new LocalDateTime[] {utc(period.atDay(1)), utc(period.plusMonths(1).atDay(1))};
    }

    private LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** null: all branches (HR); else the managed ones. */
    private Set<Long> scopeIds() {
        BranchScope scope = currentUser.branchScope();
        return scope.all() ? null : scope.branchIds();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Set<Long> managed() {
        return managedBranches.ofCaller();
    }
}
