package org.advocacy.survey;

import java.security.SecureRandom;
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
import org.advocacy.base.OrgTimeZone;
import org.advocacy.base.ValidationException;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.survey.ResultsCalculator.Dim;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.NewAnswer;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse surveys: HR's programs and rounds, employees' anonymous answers, and results that pass the anonymity rules
 * (every figure goes through {@link ResultsCalculator} / {@link SegmentGuard}, scoped to the caller's branches in the
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
    private final SegmentGuard guard;

    SurveyService(PulseRepository repository, OrgService org, CurrentUser currentUser, AuditLog audit, Clock clock,
            OrgTimeZone zone, AnonymityRules rules) {
        this.repository = repository;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.guard = new SegmentGuard(rules);
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
        repository.insertAnswers(List.of(new NewAnswer(UUID.randomUUID().toString(), roundId, today,
                YearMonth.from(localDate(round.opensAt())).toString(), me.branchId(), me.departmentName(),
                TenureBand.of(me.hireDate(), today), data.score(), comment, false, scores)));
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
        PulseResults r = results(ResultsRequest.round(roundId), BranchScope.ALL);
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
     * region instead) within the caller's branch scope: the answers' branches are replaced by their regions and the
     * region goes through the same {@link SegmentGuard} checks as a branch (minimum group, differencing against the
     * other regions). The request's branch is ignored; its department and tenure band still filter.
     */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public PulseResults regionResults(ResultsRequest request, String region) {
        if (region == null || region.isBlank()) {
            throw new ValidationException("region", "error.required");
        }
        Map<String, String> regions = repository.regionsByBranchCode();
        BranchScope scope = currentUser.branchScope();
        ResultsRequest withoutBranch = request.withBranch(null);
        PulseResults base = results(withoutBranch, scope, regions, region.strip());
        return base;
    }

    /** The region of a branch (by code), if the branch exists. */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public Optional<String> regionOf(String branchCode) {
        return Optional.ofNullable(repository.regionsByBranchCode().get(branchCode));
    }

    private PulseResults results(ResultsRequest request, BranchScope scope) {
        return results(request, scope, null, null);
    }

    private PulseResults results(ResultsRequest request, BranchScope scope, Map<String, String> regions, String region) {
        List<AnswerFact> answers;
        List<String> driverCodes;
        int invited = 0;
        int answered;
        boolean open = false;
        if (request.roundId() != null) {
            RoundRow round = repository.round(request.roundId())
                    .orElseThrow(() -> new ValidationException("round", "survey.error.noRound"));
            open = round.open();
            driverCodes = repository.drivers(round.programId()).stream().map(Driver::code).toList();
            answers = open ? List.of() : repository.answers(round.id(), null, scope);
            // participation in the caller's scope and selection (branch, department): answers / invited there
            String code = blankToNull(request.branchCode());
            String department = blankToNull(request.department());
            boolean whole = scope.all() && code == null && department == null;
            if (region != null) {
                invited = 0;
                answered = 0;
                for (var e : regions.entrySet()) {
                    if (e.getValue().equals(region)) {
                        invited += repository.invited(round.id(), scope, e.getKey(), department).orElse(0);
                        answered += repository.answeredCount(round.id(), scope, e.getKey(), department);
                    }
                }
            } else {
                invited = repository.invited(round.id(), scope, code, department).orElse(whole ? round.invited() : 0);
                answered = repository.answeredCount(round.id(), scope, code, department);
            }
        } else {
            List<String> months = months(request.period());
            answers = repository.answers(null, months, scope);
            driverCodes = answers.stream().flatMap(a -> a.drivers().keySet().stream()).distinct().sorted().toList();
            answered = answers.size();
        }
        Map<Dim, String> filter = new LinkedHashMap<>();
        if (region != null) {
            // regions take the place of branches, so the guard checks a region like a branch
            answers = answers.stream().map(a -> new AnswerFact(regions.getOrDefault(a.branchCode(), a.branchCode()),
                    a.department(), a.tenureBand(), a.score(), a.drivers(), a.comment(), a.commentDate())).toList();
            filter.put(Dim.BRANCH, region);
        } else if (request.branchCode() != null && !request.branchCode().isBlank()) {
            filter.put(Dim.BRANCH, request.branchCode().strip());
        }
        if (request.department() != null && !request.department().isBlank()) {
            filter.put(Dim.DEPARTMENT, request.department().strip());
        }
        if (request.tenureBand() != null && !request.tenureBand().isBlank()) {
            String band = request.tenureBand().strip();
            if (!TenureBand.ALL.contains(band)) {
                throw new ValidationException("tenureBand", "survey.import.tenure", band);
            }
            filter.put(Dim.TENURE, band);
        }
        return new ResultsCalculator(guard, new SecureRandom()).compute(answers, filter, driverCodes, invited, answered,
                open);
    }

    /** Branch × driver means of a closed round (suppressed cells are null). */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Map<String, Double>> heatmap(long roundId) {
        RoundRow round = repository.round(roundId).orElseThrow(() -> new ValidationException("round", "survey.error.noRound"));
        if (round.open()) {
            return Map.of();
        }
        List<String> codes = repository.drivers(round.programId()).stream().map(Driver::code).toList();
        return new ResultsCalculator(guard, new SecureRandom())
                .heatmap(repository.answers(roundId, null, currentUser.branchScope()), codes);
    }

    /** eNPS of each closed round of a program in the caller's scope; "clear change" only when intervals part. */
    @PreAuthorize("hasAnyRole('HR','LEADER','MANAGER')")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(long programId, String branchCode) {
        BranchScope scope = currentUser.branchScope();
        List<TrendPoint> points = new ArrayList<>();
        Enps previous = null;
        ResultsCalculator calc = new ResultsCalculator(guard, new SecureRandom());
        for (RoundRow round : repository.closedRounds(programId)) {
            List<AnswerFact> answers = repository.answers(round.id(), null, scope);
            Map<Dim, String> filter = branchCode == null ? Map.of() : Map.of(Dim.BRANCH, branchCode);
            SegmentGuard.Reason reason = calc.verdict(answers, filter);
            if (reason != null) {
                points.add(new TrendPoint(round.id(), round.closeDate(), null, reason, false));
                continue;
            }
            Enps e = Enps.ofScores(ResultsCalculator.matching(answers, filter).stream().map(AnswerFact::score).toList());
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

    // --- import ---

    /** Imports historical answers all-or-nothing; returns how many were stored. */
    @PreAuthorize("hasRole('HR') or hasAuthority('SCOPE_pulse:import')")
    @Transactional
    public int importAnswers(List<ImportRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException(null, "survey.import.empty");
        }
        if (rows.size() > MAX_IMPORT) {
            throw new ValidationException(null, "survey.import.tooMany", MAX_IMPORT);
        }
        List<PulseImportException.RowError> errors = new ArrayList<>();
        List<NewAnswer> answers = new ArrayList<>();
        Map<String, Long> branchIds = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            try {
                answers.add(importRow(r, branchIds));
            } catch (ValidationException e) {
                errors.add(new PulseImportException.RowError(i, e.messageKey(), e.args()));
            }
        }
        if (!errors.isEmpty()) {
            throw new PulseImportException(errors);
        }
        repository.insertAnswers(answers);
        audit.record(AuditAction.PULSE_ANSWERS_IMPORTED, null, answers.size() + " answers");
        return answers.size();
    }

    private NewAnswer importRow(ImportRow r, Map<String, Long> branchIds) {
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
        if (YearMonth.parse(month).isAfter(YearMonth.from(today()))) {
            throw new ValidationException("date", "survey.import.future");
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
        if (dept != null && dept.length() > 80) {
            throw new ValidationException("department", "error.tooLong", 80);
        }
        Map<String, Integer> drivers = new LinkedHashMap<>();
        if (r.drivers() != null) {
            for (var d : r.drivers().entrySet()) {
                if (d.getKey() == null || d.getKey().length() > 40 || d.getValue() == null || d.getValue() < 1
                        || d.getValue() > 5) {
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
                true, drivers);
    }

    // --- time ---

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    private LocalDate localDate(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDate();
    }
}
