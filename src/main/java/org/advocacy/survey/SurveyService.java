package org.advocacy.survey;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.NewAnswer;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.advocacy.survey.internal.ReleaseRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse surveys: HR's programs and rounds, employees' anonymous answers, and results that pass the anonymity rules
 * (every figure is a sum of released cells of the stored releases, see {@link ReleasedResults}, scoped to the caller's branches in the
 * query).
 */
@Service
public class SurveyService {

    static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    static final int MAX_DRIVERS = 8;
    static final int MAX_IMPORT = 50_000;

    private final PulseRepository repository;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final OrgTimeZone zone;
    private final AnonymityRules rules;
    private final ReleaseRepository releaseRepository;
    private final PulseReleases releases;
    private final int importHorizonMonths;

    SurveyService(PulseRepository repository, OrgService org, CurrentUser currentUser, AuditLog audit, Clock clock,
            OrgTimeZone zone, AnonymityRules rules, ReleaseRepository releaseRepository, PulseReleases releases,
            @Value("${app.survey.import-horizon-months:36}") int importHorizonMonths) {
        this.repository = repository;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.rules = rules;
        this.releaseRepository = releaseRepository;
        this.releases = releases;
        this.importHorizonMonths = Math.max(1, importHorizonMonths);
    }

    // --- programs (HR) ---

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<Program> programs() {
        return repository.programs();
    }

    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public List<Program> programsForResults() {
        return repository.programs();
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long createProgram(ProgramData data) {
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            throw new ValidationException("name", "error.required");
        }
        if (name.length() > 120) {
            throw new ValidationException("name", "error.tooLong", 120);
        }
        if (data.cadence() == null) {
            throw new ValidationException("cadence", "error.required");
        }
        if (data.windowDays() < 1 || data.windowDays() > 28) {
            throw new ValidationException("windowDays", "survey.error.window");
        }
        if (data.drivers().size() > MAX_DRIVERS) {
            throw new ValidationException("drivers", "survey.error.tooManyDrivers", MAX_DRIVERS);
        }
        List<Driver> drivers = new ArrayList<>();
        int custom = 0;
        for (Driver d : data.drivers()) {
            if (Driver.library(d.code()).isPresent()) {
                drivers.add(Driver.library(d.code()).get());
            } else {
                String en = d.textEn() == null ? "" : d.textEn().strip();
                String vi = d.textVi() == null || d.textVi().isBlank() ? en : d.textVi().strip();
                if (en.isEmpty() || en.length() > 200 || vi.length() > 200) {
                    throw new ValidationException("drivers", "survey.error.customDriver");
                }
                drivers.add(new Driver("custom-" + (++custom), en, vi));
            }
        }
        if (drivers.stream().map(Driver::code).distinct().count() != drivers.size()) {
            throw new ValidationException("drivers", "survey.error.duplicateDriver");
        }
        LocalDate start = data.startOn() == null ? today() : data.startOn();
        ProgramData clean = new ProgramData(name, data.cadence(), data.windowDays(), start, data.branchIds(),
                data.departmentIds(), drivers, data.withComment());
        long id = repository.insertProgram(clean, currentUser.require().email(), LocalDateTime.now(clock));
        audit.record(AuditAction.PULSE_PROGRAM_CREATED, name, data.cadence() + ", " + drivers.size() + " drivers");
        return id;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void setProgramStatus(long programId, ProgramStatus status) {
        Program p = repository.program(programId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        if (p.status() == ProgramStatus.ENDED) {
            throw new ValidationException(null, "survey.error.ended");
        }
        repository.setStatus(programId, status, LocalDateTime.now(clock));
        audit.record(AuditAction.PULSE_PROGRAM_UPDATED, p.name(), p.status() + "→" + status);
    }

    /** Opens a one-off round of a program now, for its window. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long openRoundNow(long programId) {
        Program p = repository.program(programId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        if (p.status() == ProgramStatus.ENDED) {
            throw new ValidationException(null, "survey.error.ended");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime closes = now.plusDays(p.windowDays());
        long id = repository.insertRound(programId, now, closes, localDate(closes), true, repository.audienceSize(programId));
        repository.insertAudience(id, programId);
        audit.record(AuditAction.PULSE_ROUND_OPENED, p.name(), "round " + id);
        return id;
    }

    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public List<RoundListItem> rounds(Long programId, int offset, int limit) {
        return repository.rounds(programId, offset, Math.min(limit, 500));
    }

    // --- answering (every signed-in person with an employee record) ---

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenRound> myOpenRounds() {
        Long employeeId = currentUser.require().employeeId();
        return employeeId == null ? List.of() : repository.openRoundsFor(employeeId);
    }

    /**
     * Stores one anonymous answer and the participation row in one transaction. The participation's primary key
     * makes a second answer of the same person impossible, also from two tabs at once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submit(long roundId, AnswerData data) {
        PortalUser user = currentUser.require();
        if (user.employeeId() == null) {
            throw new ValidationException(null, "survey.error.noEmployee");
        }
        RoundRow round = repository.round(roundId).filter(RoundRow::open)
                .orElseThrow(() -> new ValidationException(null, "survey.error.roundClosed"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(round.opensAt()) || !now.isBefore(round.closesAt())) {
            throw new ValidationException(null, "survey.error.roundClosed");
        }
        Employee me = org.ownProfile().orElseThrow(() -> new ValidationException(null, "survey.error.noEmployee"));
        if (!repository.inAudience(round.programId(), me.id())) {
            throw new ValidationException(null, "survey.error.notInvited");
        }
        List<Driver> drivers = repository.drivers(round.programId());
        Map<String, Integer> scores = validate(data, drivers);
        String comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        if (comment != null && comment.length() > AnswerData.COMMENT_MAX) {
            throw new ValidationException("comment", "error.tooLong", AnswerData.COMMENT_MAX);
        }
        if (!repository.insertParticipation(roundId, me.id())) {
            throw new ValidationException(null, "survey.error.alreadyAnswered");
        }
        LocalDate today = today();
        String department = me.departmentName();
        String band = TenureBand.of(me.hireDate(), today);
        // DOMAIN rule 13: the copied attributes are generalised until at least k of the audience share them
        if (repository.audienceSharing(round.programId(), me.branchId(), department, band, today) < rules.k()) {
            band = null;
            if (department == null
                    || repository.audienceSharing(round.programId(), me.branchId(), department, null, today) < rules.k()) {
                department = null;
            }
        }
        repository.insertAnswers(List.of(new NewAnswer(UUID.randomUUID().toString(), roundId, today,
                YearMonth.from(round.closeDate()).toString(), me.branchId(), department, band, data.score(), comment,
                false, scores, null)));
    }

    private static Map<String, Integer> validate(AnswerData data, List<Driver> drivers) {
        if (data.score() < 0 || data.score() > 10) {
            throw new ValidationException("score", "survey.error.score");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Driver d : drivers) {
            Integer s = data.drivers() == null ? null : data.drivers().get(d.code());
            if (s == null) {
                continue; // a driver may be skipped
            }
            if (s < 1 || s > 5) {
                throw new ValidationException(d.code(), "survey.error.driverScore");
            }
            scores.put(d.code(), s);
        }
        if (data.drivers() != null && !drivers.stream().map(Driver::code).toList().containsAll(data.drivers().keySet())) {
            throw new ValidationException("drivers", "survey.error.unknownDriver");
        }
        return scores;
    }

    // --- results ---

    /** Results of a round or period for the caller's branch scope, after every anonymity rule. */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER') or hasAuthority('SCOPE_metrics:read')")
    @Transactional(readOnly = true)
    public PulseResults results(ResultsRequest request) {
        return results(request, currentUser.branchScope());
    }

    /** The company-level result of the latest closed round of a program, which every employee may see. */
    @PreAuthorize("isAuthenticated()")
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
    @PreAuthorize("isAuthenticated()")
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
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public PulseResults regionResults(ResultsRequest request, String region) {
        if (region == null || region.isBlank()) {
            throw new ValidationException("region", "error.required");
        }
        return results(request.withBranch(null), currentUser.branchScope(), region.strip(), true);
    }

    /** The region of a branch (by code), if the branch exists. */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public Optional<String> regionOf(String branchCode) {
        return Optional.ofNullable(repository.regionsByBranchCode().get(branchCode));
    }

    /** Only the headline figure (eNPS with n and interval) of a selection: what the eNPS API answers. */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER') or hasAuthority('SCOPE_metrics:read')")
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
            if (region != null) {
                invited = repository.invitedInRegion(round.id(), scope, region).orElse(0);
            } else {
                invited = repository.invited(round.id(), scope, code, department).orElse(whole ? round.invited() : 0);
            }
            if (round.open()) {
                participation = region != null ? repository.answeredCountInRegion(round.id(), scope, region)
                        : repository.answeredCount(round.id(), scope, code, null);
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
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
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
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
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

    // --- import (named batches, DOMAIN rule 12) ---

    /** Imports historical answers all-or-nothing as one batch named after the time; returns how many were stored. */
    @PreAuthorize("hasRole('HR') or hasAuthority('SCOPE_pulse:import')")
    @Transactional
    public int importAnswers(List<ImportRow> rows) {
        return importBatch(null, rows).answers();
    }

    /**
     * Imports historical answers all-or-nothing as one named batch and releases each of its months like a round.
     * Refused: a month in which a portal round counts (imports and rounds never add up in one figure), a month older
     * than the import horizon, an unknown branch, department, tenure band or driver code.
     */
    @PreAuthorize("hasRole('HR') or hasAuthority('SCOPE_pulse:import')")
    @Transactional
    public ImportBatch importBatch(String name, List<ImportRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException(null, "survey.import.empty");
        }
        if (rows.size() > MAX_IMPORT) {
            throw new ValidationException(null, "survey.import.tooMany", MAX_IMPORT);
        }
        String batchName = name == null || name.isBlank()
                ? "Import " + LocalDateTime.now(clock.withZone(zone.zone())).withSecond(0).withNano(0) : name.strip();
        if (batchName.length() > 120) {
            throw new ValidationException("name", "error.tooLong", 120);
        }
        java.util.Set<String> knownDrivers = new java.util.HashSet<>();
        Driver.LIBRARY.forEach(d -> knownDrivers.add(d.code()));
        repository.programs().forEach(p -> p.drivers().forEach(d -> knownDrivers.add(d.code())));
        java.util.Set<String> departments = new java.util.HashSet<>(repository.departmentNames());
        List<PulseImportException.RowError> errors = new ArrayList<>();
        List<NewAnswer> answers = new ArrayList<>();
        Map<String, Long> branchIds = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            try {
                answers.add(importRow(r, branchIds, knownDrivers, departments));
            } catch (ValidationException e) {
                errors.add(new PulseImportException.RowError(i, e.messageKey(), e.args()));
            }
        }
        if (!errors.isEmpty()) {
            throw new PulseImportException(errors);
        }
        java.util.TreeSet<String> months = new java.util.TreeSet<>();
        answers.forEach(a -> months.add(a.periodMonth()));
        List<String> portal = releaseRepository.portalMonths(months);
        if (!portal.isEmpty()) {
            throw new ValidationException("period", "survey.import.portalMonth", String.join(", ", portal));
        }
        String who = who();
        long batchId = releaseRepository.insertBatch(batchName, who, LocalDateTime.now(clock), answers.size());
        repository.insertAnswers(answers.stream().map(a -> a.inBatch(batchId)).toList());
        for (String month : months) {
            releases.releaseBatchMonth(batchId, month);
        }
        audit.record(AuditAction.PULSE_ANSWERS_IMPORTED, batchName,
                answers.size() + " answers, " + String.join(", ", months));
        return new ImportBatch(batchId, batchName, who, LocalDateTime.now(clock),
                answers.size(), List.copyOf(months));
    }

    /** The signed-in person's e-mail, or the API token's name. */
    private String who() {
        return currentUser.get().map(PortalUser::email).orElseGet(() -> {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof org.advocacy.security.ApiClient client
                    ? "API token " + client.name() : "unknown";
        });
    }

    /** The import batches, newest first. */
    @PreAuthorize("hasRole('HR') or hasAuthority('SCOPE_pulse:import')")
    @Transactional(readOnly = true)
    public List<ImportBatch> importBatches() {
        return releaseRepository.batches().stream().map(b -> new ImportBatch(b.id(), b.name(), b.createdBy(),
                b.createdAt(), b.answers(), b.months())).toList();
    }

    /** Deletes a batch with its answers and releases, audited. */
    @PreAuthorize("hasRole('HR') or hasAuthority('SCOPE_pulse:import')")
    @Transactional
    public void deleteImportBatch(long batchId) {
        ImportBatch batch = importBatches().stream().filter(b -> b.id() == batchId).findFirst()
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        releaseRepository.deleteBatch(batchId);
        audit.record(AuditAction.PULSE_IMPORT_DELETED, batch.name(), batch.answers() + " answers");
    }

    private NewAnswer importRow(ImportRow r, Map<String, Long> branchIds, java.util.Set<String> knownDrivers,
            java.util.Set<String> departments) {
        if (r == null) {
            throw new ValidationException(null, "survey.import.emptyRow");
        }
        LocalDate day = null;
        String month;
        try {
            if (r.date() != null && !r.date().isBlank()) {
                day = LocalDate.parse(r.date().strip());
                month = YearMonth.from(day).toString();
            } else if (r.period() != null && MONTH.matcher(r.period().strip()).matches()) {
                month = YearMonth.parse(r.period().strip()).toString();
            } else {
                throw new ValidationException("date", "survey.import.date");
            }
        } catch (DateTimeException e) {
            throw new ValidationException("date", "survey.import.date");
        }
        YearMonth thisMonth = YearMonth.from(today());
        if (YearMonth.parse(month).isAfter(thisMonth)) {
            throw new ValidationException("date", "survey.import.future");
        }
        if (YearMonth.parse(month).isBefore(thisMonth.minusMonths(importHorizonMonths))) {
            throw new ValidationException("date", "survey.import.horizon", month, importHorizonMonths);
        }
        String code = r.branch() == null ? "" : r.branch().strip().toUpperCase(java.util.Locale.ROOT);
        Long branchId = branchIds.computeIfAbsent(code, c -> repository.branchIdOfCode(c).orElse(null));
        if (branchId == null) {
            branchIds.remove(code);
            throw new ValidationException("branch", "survey.import.branch", code);
        }
        if (r.score() == null || r.score() < 0 || r.score() > 10) {
            throw new ValidationException("score", "survey.error.score");
        }
        String band = r.tenureBand() == null || r.tenureBand().isBlank() ? null : r.tenureBand().strip();
        if (band != null && !TenureBand.ALL.contains(band)) {
            throw new ValidationException("tenureBand", "survey.import.tenure", band);
        }
        String dept = r.department() == null || r.department().isBlank() ? null : r.department().strip();
        if (dept != null && !departments.contains(dept)) {
            throw new ValidationException("department", "survey.import.department", dept);
        }
        Map<String, Integer> drivers = new LinkedHashMap<>();
        if (r.drivers() != null) {
            for (var d : r.drivers().entrySet()) {
                if (d.getKey() == null || !knownDrivers.contains(d.getKey())) {
                    throw new ValidationException("drivers", "survey.import.unknownDriver", String.valueOf(d.getKey()));
                }
                if (d.getValue() == null || d.getValue() < 1 || d.getValue() > 5) {
                    throw new ValidationException("drivers", "survey.error.driverScore");
                }
                drivers.put(d.getKey(), d.getValue());
            }
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.length() > 1000) {
            throw new ValidationException("comment", "error.tooLong", 1000);
        }
        return new NewAnswer(UUID.randomUUID().toString(), null, day, month, branchId, dept, band, r.score(), comment,
                true, drivers, null);
    }

    // --- time ---

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    private LocalDate localDate(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDate();
    }
}
