package org.advocacy.survey;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.advocacy.survey.internal.ReleaseRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse results that pass the anonymity rules: every figure is a sum of released cells of the stored releases (see
 * {@link ReleasedResults}), scoped to the caller's branches in the query; trends and heatmaps the same way.
 */
@Service
public class PulseResultsService {

    static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    private final PulseRepository repository;
    private final CurrentUser currentUser;
    private final AnonymityRules rules;
    private final ReleaseRepository releaseRepository;

    PulseResultsService(PulseRepository repository, CurrentUser currentUser, AnonymityRules rules,
            ReleaseRepository releaseRepository) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.rules = rules;
        this.releaseRepository = releaseRepository;
    }

    /** Results of a round or period for the caller's branch scope, after every anonymity rule. */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_LEADER_OR_METRICS_TOKEN)
    @Transactional(readOnly = true)
    public PulseResults results(ResultsRequest request) {
        return results(request, currentUser.branchScope());
    }

    /** The company-level result of the latest closed round of a program, which every employee may see. */
    @PreAuthorize(SurveyPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PulseResults> companyResult(long roundId) {
        RoundRow round = repository.round(roundId).orElse(null);
        if (round == null || round.open()) {
            return Optional.empty();
        }
        PulseResults r = results(ResultsRequest.round(roundId), BranchScope.ALL, null, true, false);
        return Optional.of(new PulseResults(r.invited(), r.answered(), r.suppressed(), r.enps(), r.drivers(), List.of(),
                true, List.of()));
    }

    /** For "My pulse": the company-level figure of each program's latest closed round (no segments, no comments). */
    @PreAuthorize(SurveyPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<CompanyResult> latestCompanyResults() {
        List<CompanyResult> out = new ArrayList<>();
        for (Program p : repository.programs()) {
            List<RoundRow> closed = repository.closedRounds(p.id());
            if (!closed.isEmpty()) {
                RoundRow last = closed.getLast();
                companyResult(last.id()).ifPresent(r -> out.add(new CompanyResult(p.name(), last.closeDate(), r)));
            }
        }
        return out;
    }

    /**
     * The figure of a region (DOMAIN rule 7: a branch under k still counts in its region, and screens offer the
     * region instead). The region is a cell of the same release as its branches, so its complementary suppression
     * already protects the small branch (rule 11). A manager's region is the sum of their own branches in it. The
     * request's branch is ignored; a department or tenure band with a region is not offered.
     */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public PulseResults regionResults(ResultsRequest request, String region) {
        if (region == null || region.isBlank()) {
            throw new ValidationException("region", "error.required");
        }
        return results(request.withBranch(null), currentUser.branchScope(), region.strip(), true);
    }

    /** The region of a branch (by code), if the branch exists. */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public Optional<String> regionOf(String branchCode) {
        return Optional.ofNullable(repository.regionsByBranchCode().get(branchCode));
    }

    /** Only the headline figure (eNPS with n and interval) of a selection: what the eNPS API answers. */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_LEADER_OR_METRICS_TOKEN)
    @Transactional(readOnly = true)
    public PulseResults headline(ResultsRequest request) {
        return results(request, currentUser.branchScope(), null, false);
    }

    private PulseResults results(ResultsRequest request, BranchScope scope) {
        return results(request, scope, null, true);
    }

    private ReleasedResults.Org org() {
        Map<Long, String> codes = new java.util.HashMap<>();
        Map<Long, String> regions = new java.util.HashMap<>();
        repository.branchCodesAndRegions().forEach((id, codeAndRegion) -> {
            codes.put(id, codeAndRegion.getKey());
            regions.put(id, codeAndRegion.getValue());
        });
        return new ReleasedResults.Org(codes, regions);
    }

    private PulseResults results(ResultsRequest request, BranchScope scope, String region, boolean full) {
        return results(request, scope, region, full, full);
    }

    /**
     * @param full   the drivers too (screens), not only the headline (API)
     * @param detail the segment table and comments too (the results screen; not "My pulse")
     */
    private PulseResults results(ResultsRequest request, BranchScope scope, String region, boolean full,
            boolean detail) {
        String code = blankToNull(request.branchCode());
        String department = blankToNull(request.department());
        String tenure = blankToNull(request.tenureBand());
        if (tenure != null && !TenureBand.ALL.contains(tenure)) {
            throw new ValidationException("tenureBand", "survey.import.tenure", tenure);
        }
        ReleasedResults.Org org = org();
        ReleasedResults.Selection selection = ReleasedResults.select(org, scope, region, code, department, tenure);
        List<ReleaseRepository.ReleaseRow> sources;
        List<String> driverCodes = null;
        int invited = 0;
        int participation = 0;
        boolean roundSelection = request.roundId() != null;
        if (roundSelection) {
            RoundRow round = repository.round(request.roundId())
                    .orElseThrow(() -> new ValidationException("round", "survey.error.noRound"));
            driverCodes = repository.drivers(round.programId()).stream().map(Driver::code).toList();
            // participation (answers / invited) in the caller's scope, at branch level and above (rule 8); of a
            // closed round it is read from the release's cells below
            boolean whole = scope.all() && code == null && department == null && region == null;
            // the branch (by code) or the region's branches, by id from the organisation's branches read above
            java.util.Set<Long> branchIds = region != null ? org.idsInRegion(region)
                    : code != null ? org.idsOf(code) : null;
            if (region != null) {
                invited = repository.invited(round.id(), scope, branchIds, null).orElse(0);
            } else {
                invited = repository.invited(round.id(), scope, branchIds, department).orElse(whole ? round.invited() : 0);
            }
            if (round.open()) {
                participation = repository.answeredCount(round.id(), scope, branchIds, null);
                return new PulseResults(invited, department == null ? participation : 0, SegmentGuard.Reason.ROUND_OPEN,
                        null, List.of(), List.of(), true, List.of());
            }
            var release = releaseRepository.ofRound(round.id());
            if (release.isEmpty()) {
                return new PulseResults(invited, 0, SegmentGuard.Reason.NOT_RELEASED, null, List.of(), List.of(), true,
                        List.of());
            }
            sources = List.of(release.get());
        } else {
            List<String> months = months(request.period());
            sources = releaseRepository.inMonths(months);
            java.util.Set<String> roundMonths = new java.util.HashSet<>();
            java.util.Set<String> batchMonths = new java.util.HashSet<>();
            sources.forEach(r -> (r.roundId() != null ? roundMonths : batchMonths).add(r.month()));
            roundMonths.retainAll(batchMonths);
            if (!roundMonths.isEmpty()) { // imported history and portal rounds never add up (rule 12)
                return new PulseResults(0, 0, SegmentGuard.Reason.MIXED_SOURCES, null, List.of(), List.of(), true,
                        List.of());
            }
        }
        // the releases are read whole (and kept in memory, decision 0011); each figure picks its own cells
        ReleasedResults released = new ReleasedResults(releaseRepository, rules, org, sources);
        ReleasedResults.Figure figure = released.figure(selection);
        if (roundSelection) { // participation of a closed round: the answers counted in the release, branch and above
            participation = released.answered(ReleasedResults.select(org, scope, region, code, null, null));
        }
        int answered = figure.shown() ? figure.n() : roundSelection && department == null && tenure == null ? participation : 0;
        if (!figure.shown()) {
            List<PulseResults.SegmentRow> segments = detail && figure.reason() != SegmentGuard.Reason.NOT_OFFERED
                    ? released.segments(scope, region, code, department, tenure) : List.of();
            return new PulseResults(invited, answered, figure.reason(), null, List.of(), List.of(), true, segments);
        }
        if (!full) {
            return new PulseResults(invited, answered, null, figure.enps(), List.of(), List.of(), true, List.of());
        }
        List<String> codes = driverCodes != null ? driverCodes : released.driverCodesSeen();
        List<PulseResults.Comment> comments = detail ? released.comments(figure, selection.keys()) : List.of();
        boolean commentsHidden = !(figure.commentsReleased() && figure.n() >= rules.commentMinimum());
        return new PulseResults(invited, answered, null, figure.enps(), released.drivers(selection.keys(), codes),
                comments, commentsHidden, detail ? released.segments(scope, region, code, department, tenure) : List.of());
    }

    /** Branch × driver means of a closed round from its release (suppressed cells are null). */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public Map<String, Map<String, Double>> heatmap(long roundId) {
        RoundRow round = repository.round(roundId).orElseThrow(() -> new ValidationException("round", "survey.error.noRound"));
        var release = releaseRepository.ofRound(roundId);
        if (round.open() || release.isEmpty()) {
            return Map.of();
        }
        List<String> codes = repository.drivers(round.programId()).stream().map(Driver::code).toList();
        BranchScope scope = currentUser.branchScope();
        return new ReleasedResults(releaseRepository, rules, org(), List.of(release.get())).heatmap(scope, codes);
    }

    /** eNPS of each closed round of a program in the caller's scope; "clear change" only when intervals part. */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(long programId, String branchCode) {
        BranchScope scope = currentUser.branchScope();
        ReleasedResults.Org org = org();
        ReleasedResults.Selection selection = ReleasedResults.select(org, scope, null, blankToNull(branchCode), null, null);
        List<TrendPoint> points = new ArrayList<>();
        Enps previous = null;
        List<RoundRow> closed = repository.closedRounds(programId);
        Map<Long, ReleaseRepository.ReleaseRow> releasesOf = releaseRepository.ofRounds(
                closed.stream().map(RoundRow::id).toList());
        for (RoundRow round : closed) {
            var release = Optional.ofNullable(releasesOf.get(round.id()));
            if (release.isEmpty()) {
                points.add(new TrendPoint(round.id(), round.closeDate(), null, SegmentGuard.Reason.NOT_RELEASED, false));
                continue;
            }
            ReleasedResults.Figure f = new ReleasedResults(releaseRepository, rules, org, List.of(release.get()))
                    .figure(selection);
            if (!f.shown()) {
                points.add(new TrendPoint(round.id(), round.closeDate(), null, f.reason(), false));
                continue;
            }
            Enps e = f.enps();
            points.add(new TrendPoint(round.id(), round.closeDate(), e, null, previous != null && e.clearlyDifferentFrom(previous)));
            previous = e;
        }
        return points;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> months(String period) {
        String p = period == null ? "" : period.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Matcher m = MONTH.matcher(p);
            if (m.matches()) {
                return List.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString());
            }
            Matcher q = QUARTER.matcher(p);
            if (q.matches()) {
                int year = Integer.parseInt(q.group(1));
                int first = (Integer.parseInt(q.group(2)) - 1) * 3 + 1;
                return List.of(YearMonth.of(year, first).toString(), YearMonth.of(year, first + 1).toString(),
                        YearMonth.of(year, first + 2).toString());
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        throw new ValidationException("period", "survey.error.period", period);
    }
}
