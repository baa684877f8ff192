package org.advocacy.survey.internal;

import org.advocacy.kernel.id.EmployeeId;
import org.advocacy.kernel.id.AccountId;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_PARTICIPATION;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM_BRANCH;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM_DEPARTMENT;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
import static org.advocacy.jooq.Tables.PULSE_ROUND_AUDIENCE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgDirectory;
import org.advocacy.org.StaffAudience;
import org.advocacy.security.AccountDirectory;
import org.advocacy.security.BranchScope;
import org.advocacy.survey.AnswerFact;
import org.advocacy.survey.Driver;
import org.advocacy.survey.OpenRound;
import org.advocacy.survey.Program;
import org.advocacy.survey.ProgramData;
import org.advocacy.survey.ProgramStatus;
import org.advocacy.survey.RoundListItem;
import org.advocacy.survey.RoundStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * jOOQ access to pulse programs, rounds, participation and the anonymous answers. Branches and staff are the
 * organisation's: read through {@link OrgDirectory} and {@link StaffAudience}, never joined (decision 0047).
 */
@Repository
public class PulseRepository {

    /** One anonymous answer ready to store; {@code roundId} is null for imported answers. */
    public record NewAnswer(String id, Long roundId, LocalDate day, String periodMonth, long branchId, String department,
            String tenureBand, int score, String comment, boolean imported, Map<String, Integer> drivers, Long batchId) {

        public NewAnswer inBatch(long batch) {
            return new NewAnswer(id, roundId, day, periodMonth, branchId, department, tenureBand, score, comment, imported,
                    drivers, batch);
        }
    }

    /** A round's facts the services need. */
    public record RoundRow(long id, long programId, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate closeDate,
            boolean open, int invited) {
    }

    /** Someone to remind: the account and its language. */
    public record Invitee(AccountId userId, String locale) {
    }

    private final DSLContext dsl;
    private final AccountDirectory accounts;
    private final OrgDirectory directory;
    private final StaffAudience staff;

    PulseRepository(DSLContext dsl, AccountDirectory accounts, OrgDirectory directory, StaffAudience staff) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.directory = directory;
        this.staff = staff;
    }

    // --- programs ---

    public long insertProgram(ProgramData d, String createdBy, LocalDateTime now) {
        long id = dsl.insertInto(PULSE_PROGRAM)
                .set(PULSE_PROGRAM.NAME, d.name()).set(PULSE_PROGRAM.CADENCE, d.cadence())
                .set(PULSE_PROGRAM.WINDOW_DAYS, d.windowDays())
                .set(PULSE_PROGRAM.AUDIENCE_ALL, d.branchIds().isEmpty() && d.departmentIds().isEmpty())
                .set(PULSE_PROGRAM.WITH_COMMENT, d.withComment()).set(PULSE_PROGRAM.STATUS, ProgramStatus.ACTIVE)
                .set(PULSE_PROGRAM.START_ON, d.startOn()).set(PULSE_PROGRAM.ROUNDS_PLANNED, 0)
                .set(PULSE_PROGRAM.CREATED_BY, createdBy).set(PULSE_PROGRAM.CREATED_AT, now).set(PULSE_PROGRAM.UPDATED_AT, now)
                .returningResult(PULSE_PROGRAM.ID).fetchOne(PULSE_PROGRAM.ID);
        int pos = 0;
        for (Driver driver : d.drivers()) {
            dsl.insertInto(PULSE_DRIVER).set(PULSE_DRIVER.PROGRAM_ID, id).set(PULSE_DRIVER.POSITION, pos++)
                    .set(PULSE_DRIVER.CODE, driver.code()).set(PULSE_DRIVER.TEXT_EN, driver.textEn())
                    .set(PULSE_DRIVER.TEXT_VI, driver.textVi()).execute();
        }
        for (long b : d.branchIds()) {
            dsl.insertInto(PULSE_PROGRAM_BRANCH).set(PULSE_PROGRAM_BRANCH.PROGRAM_ID, id)
                    .set(PULSE_PROGRAM_BRANCH.BRANCH_ID, b).execute();
        }
        for (long dep : d.departmentIds()) {
            dsl.insertInto(PULSE_PROGRAM_DEPARTMENT).set(PULSE_PROGRAM_DEPARTMENT.PROGRAM_ID, id)
                    .set(PULSE_PROGRAM_DEPARTMENT.DEPARTMENT_ID, dep).execute();
        }
        return id;
    }

    public List<Program> programs() {
        Map<Long, List<Driver>> drivers = drivers();
        return dsl.selectFrom(PULSE_PROGRAM).orderBy(PULSE_PROGRAM.ID.desc()).fetch(r -> new Program(r.getId(),
                r.getName(), r.getCadence(), r.getWindowDays(), r.getStatus(),
                r.getStartOn(), r.getAudienceAll(), r.getWithComment(), drivers.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Program> program(long id) {
        return programs().stream().filter(p -> p.id() == id).findFirst();
    }

    public List<Driver> drivers(long programId) {
        return dsl.select(PULSE_DRIVER.CODE, PULSE_DRIVER.TEXT_EN, PULSE_DRIVER.TEXT_VI).from(PULSE_DRIVER)
                .where(PULSE_DRIVER.PROGRAM_ID.eq(programId)).orderBy(PULSE_DRIVER.POSITION)
                .fetch(Records.mapping(Driver::new));
    }

    private Map<Long, List<Driver>> drivers() {
        Map<Long, List<Driver>> out = new HashMap<>();
        dsl.selectFrom(PULSE_DRIVER).orderBy(PULSE_DRIVER.PROGRAM_ID, PULSE_DRIVER.POSITION).forEach(r -> out
                .computeIfAbsent(r.getProgramId(), k -> new ArrayList<>())
                .add(new Driver(r.getCode(), r.getTextEn(), r.getTextVi())));
        return out;
    }

    public void setStatus(long programId, ProgramStatus status, LocalDateTime now) {
        dsl.update(PULSE_PROGRAM).set(PULSE_PROGRAM.STATUS, status).set(PULSE_PROGRAM.UPDATED_AT, now)
                .where(PULSE_PROGRAM.ID.eq(programId)).execute();
    }

    public int roundsPlanned(long programId) {
        return dsl.select(PULSE_PROGRAM.ROUNDS_PLANNED).from(PULSE_PROGRAM).where(PULSE_PROGRAM.ID.eq(programId))
                .forUpdate().fetchOne(PULSE_PROGRAM.ROUNDS_PLANNED);
    }

    public void setRoundsPlanned(long programId, int n) {
        dsl.update(PULSE_PROGRAM).set(PULSE_PROGRAM.ROUNDS_PLANNED, n).where(PULSE_PROGRAM.ID.eq(programId)).execute();
    }

    // --- audience ---

    /**
     * Who a program asks: its branches and departments (none stored: every one), read in one statement; the
     * organisation's {@link StaffAudience} counts and lists the staff they cover (decision 0047).
     */
    public StaffAudience.Filter audience(long programId) {
        return audiences(List.of(programId)).getOrDefault(programId, StaffAudience.Filter.EVERYONE);
    }

    /** The audiences of some programs in one statement (a program without branches or departments: everyone). */
    private Map<Long, StaffAudience.Filter> audiences(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> branches = new HashMap<>();
        Map<Long, Set<Long>> departments = new HashMap<>();
        dsl.select(PULSE_PROGRAM_BRANCH.PROGRAM_ID, PULSE_PROGRAM_BRANCH.BRANCH_ID, DSL.inline(true).as("branch"))
                .from(PULSE_PROGRAM_BRANCH).where(PULSE_PROGRAM_BRANCH.PROGRAM_ID.in(programIds))
                .unionAll(DSL.select(PULSE_PROGRAM_DEPARTMENT.PROGRAM_ID, PULSE_PROGRAM_DEPARTMENT.DEPARTMENT_ID,
                                DSL.inline(false).as("branch"))
                        .from(PULSE_PROGRAM_DEPARTMENT).where(PULSE_PROGRAM_DEPARTMENT.PROGRAM_ID.in(programIds)))
                .forEach(r -> (r.value3() ? branches : departments).computeIfAbsent(r.value1(), x -> new HashSet<>())
                        .add(r.value2()));
        Map<Long, StaffAudience.Filter> out = new HashMap<>();
        for (Long id : programIds) {
            out.put(id, new StaffAudience.Filter(branches.getOrDefault(id, Set.of()),
                    departments.getOrDefault(id, Set.of())));
        }
        return out;
    }

    public int audienceSize(StaffAudience.Filter audience) {
        return staff.count(audience);
    }

    /**
     * Stores the round's invited audience as counts per branch and department (no person), taken from the program's
     * audience ({@link #audience(long)}) at this moment; returns the total invited.
     */
    public int insertAudience(long roundId, StaffAudience.Filter audience) {
        Map<AudienceKey, Integer> map = new HashMap<>();
        staff.countsByBranchAndDepartment(audience)
                .forEach(c -> map.put(new AudienceKey(c.branchId(), c.department()), c.count()));
        insertAudience(roundId, map);
        return map.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One cell of a round's invited audience. */
    public record AudienceKey(long branchId, String department) {
    }

    /** Stores precomputed audience counts (the demo) with one multi-row insert. */
    public void insertAudience(long roundId, Map<AudienceKey, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PULSE_ROUND_AUDIENCE, PULSE_ROUND_AUDIENCE.ROUND_ID, PULSE_ROUND_AUDIENCE.BRANCH_ID,
                PULSE_ROUND_AUDIENCE.DEPARTMENT, PULSE_ROUND_AUDIENCE.INVITED);
        for (var e : counts.entrySet()) {
            insert = insert.values(roundId, e.getKey().branchId(), e.getKey().department() == null ? "" : e.getKey().department(),
                    e.getValue());
        }
        insert.execute();
    }

    /**
     * Invited of a round within a branch scope, optionally some branches ({@code branchIds}, null = any: one branch or
     * the branches of a region, as the caller found them in {@link OrgDirectory}) and a department; empty when the
     * round has no stored audience (rounds opened before the audience was recorded).
     */
    public Optional<Integer> invited(long roundId, BranchScope scope, Collection<Long> branchIds, String department) {
        if (!dsl.fetchExists(PULSE_ROUND_AUDIENCE, PULSE_ROUND_AUDIENCE.ROUND_ID.eq(roundId))) {
            return Optional.empty();
        }
        Condition where = PULSE_ROUND_AUDIENCE.ROUND_ID.eq(roundId)
                .and(inScope(PULSE_ROUND_AUDIENCE.BRANCH_ID, scope))
                .and(inBranches(PULSE_ROUND_AUDIENCE.BRANCH_ID, branchIds))
                .and(department == null ? DSL.noCondition() : PULSE_ROUND_AUDIENCE.DEPARTMENT.eq(department));
        Integer sum = dsl.select(DSL.coalesce(DSL.sum(PULSE_ROUND_AUDIENCE.INVITED), java.math.BigDecimal.ZERO))
                .from(PULSE_ROUND_AUDIENCE).where(where)
                .fetchOne(0, Integer.class);
        return Optional.of(sum == null ? 0 : sum);
    }

    /**
     * Answers of a round (a count only, so open rounds may show it) within a scope, optionally some branches (null =
     * any) and a department.
     */
    public int answeredCount(long roundId, BranchScope scope, Collection<Long> branchIds, String department) {
        return dsl.fetchCount(dsl.selectOne().from(PULSE_ANSWER)
                .where(PULSE_ANSWER.ROUND_ID.eq(roundId)).and(inScope(PULSE_ANSWER.BRANCH_ID, scope))
                .and(inBranches(PULSE_ANSWER.BRANCH_ID, branchIds))
                .and(department == null ? DSL.noCondition() : PULSE_ANSWER.DEPARTMENT.eq(department)));
    }

    private static Condition inBranches(Field<Long> branchId, Collection<Long> branchIds) {
        return branchIds == null ? DSL.noCondition()
                : branchIds.isEmpty() ? DSL.falseCondition() : branchId.in(branchIds);
    }

    private static Condition inScope(Field<Long> branchId, BranchScope scope) {
        return scope.all() ? DSL.noCondition()
                : scope.branchIds().isEmpty() ? DSL.falseCondition() : branchId.in(scope.branchIds());
    }

    /** Accounts of the round's audience that have not answered it yet. */
    public List<Invitee> notAnswered(long roundId, long programId) {
        Set<Long> answered = new HashSet<>(dsl.select(PULSE_PARTICIPATION.EMPLOYEE_ID).from(PULSE_PARTICIPATION)
                .where(PULSE_PARTICIPATION.ROUND_ID.eq(roundId)).fetch(PULSE_PARTICIPATION.EMPLOYEE_ID));
        List<Long> employees = staff.ids(audience(programId)).stream().filter(e -> !answered.contains(e)).toList();
        // their enabled accounts and languages are the security module's
        Map<EmployeeId, AccountId> accountOf = accounts.enabledAccountsOf(
                employees.stream().map(EmployeeId::of).toList());
        Map<AccountId, AccountDirectory.Contact> contacts = accounts.enabledContacts(accountOf.values());
        List<Invitee> invitees = new ArrayList<>();
        for (Long employee : employees) {
            AccountId user = accountOf.get(EmployeeId.of(employee));
            if (user != null && contacts.containsKey(user)) {
                invitees.add(new Invitee(user, contacts.get(user).locale()));
            }
        }
        return invitees;
    }

    // --- rounds ---

    public long insertRound(long programId, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate closeDate,
            boolean open, int invited) {
        return dsl.insertInto(PULSE_ROUND).set(PULSE_ROUND.PROGRAM_ID, programId).set(PULSE_ROUND.OPENS_AT, opensAt)
                .set(PULSE_ROUND.CLOSES_AT, closesAt).set(PULSE_ROUND.CLOSE_DATE, closeDate)
                .set(PULSE_ROUND.STATUS, open ? RoundStatus.OPEN : RoundStatus.CLOSED).set(PULSE_ROUND.INVITED, invited)
                .set(PULSE_ROUND.REMINDED_OPEN, !open).set(PULSE_ROUND.REMINDED_CLOSE, !open)
                .returningResult(PULSE_ROUND.ID).fetchOne(PULSE_ROUND.ID);
    }

    public Optional<RoundRow> round(long id) {
        return dsl.selectFrom(PULSE_ROUND).where(PULSE_ROUND.ID.eq(id)).fetchOptional(PulseRepository::row);
    }

    private static RoundRow row(org.advocacy.jooq.tables.records.PulseRoundRecord r) {
        return new RoundRow(r.getId(), r.getProgramId(), r.getOpensAt(), r.getClosesAt(), r.getCloseDate(),
                r.getStatus() == RoundStatus.OPEN, r.getInvited());
    }

    public List<RoundRow> openRoundsDueToClose(LocalDateTime now) {
        return dsl.selectFrom(PULSE_ROUND).where(PULSE_ROUND.STATUS.eq(RoundStatus.OPEN))
                .and(PULSE_ROUND.CLOSES_AT.le(now))
                .forUpdate().skipLocked().fetch(PulseRepository::row);
    }

    public List<RoundRow> openRoundsToRemind(LocalDateTime closingBefore) {
        return dsl.selectFrom(PULSE_ROUND).where(PULSE_ROUND.STATUS.eq(RoundStatus.OPEN))
                .and(PULSE_ROUND.REMINDED_CLOSE.isFalse()).and(PULSE_ROUND.CLOSES_AT.le(closingBefore))
                .fetch(PulseRepository::row);
    }

    public void close(long roundId) {
        dsl.update(PULSE_ROUND).set(PULSE_ROUND.STATUS, RoundStatus.CLOSED).where(PULSE_ROUND.ID.eq(roundId)).execute();
    }

    public void markReminded(long roundId, boolean closing) {
        dsl.update(PULSE_ROUND).set(closing ? PULSE_ROUND.REMINDED_CLOSE : PULSE_ROUND.REMINDED_OPEN, true)
                .where(PULSE_ROUND.ID.eq(roundId)).execute();
    }

    private static final Field<Integer> ANSWERED = DSL.field(DSL.selectCount().from(PULSE_PARTICIPATION)
            .where(PULSE_PARTICIPATION.ROUND_ID.eq(PULSE_ROUND.ID)));

    public List<RoundListItem> rounds(Long programId, int offset, int limit) {
        return dsl.select(PULSE_ROUND.ID, PULSE_ROUND.PROGRAM_ID, PULSE_PROGRAM.NAME, PULSE_ROUND.OPENS_AT,
                        PULSE_ROUND.CLOSES_AT, PULSE_ROUND.CLOSE_DATE, PULSE_ROUND.STATUS.eq(RoundStatus.OPEN),
                        PULSE_ROUND.INVITED, ANSWERED)
                .from(PULSE_ROUND).join(PULSE_PROGRAM).on(PULSE_PROGRAM.ID.eq(PULSE_ROUND.PROGRAM_ID))
                .where(programId == null ? DSL.noCondition() : PULSE_ROUND.PROGRAM_ID.eq(programId))
                .orderBy(PULSE_ROUND.OPENS_AT.desc(), PULSE_ROUND.ID.desc()).offset(offset).limit(limit)
                .fetch(Records.mapping(RoundListItem::new));
    }

    /** The open rounds whose audience includes the employee now: their programs' audiences read in one statement. */
    public List<OpenRound> openRoundsFor(long employeeId) {
        List<OpenRound> out = new ArrayList<>();
        var rows = dsl.select(PULSE_ROUND.ID, PULSE_ROUND.PROGRAM_ID, PULSE_PROGRAM.NAME, PULSE_ROUND.CLOSES_AT,
                        PULSE_PROGRAM.WITH_COMMENT,
                        DSL.field(DSL.exists(DSL.selectOne().from(PULSE_PARTICIPATION)
                                .where(PULSE_PARTICIPATION.ROUND_ID.eq(PULSE_ROUND.ID))
                                .and(PULSE_PARTICIPATION.EMPLOYEE_ID.eq(employeeId)))))
                .from(PULSE_ROUND).join(PULSE_PROGRAM).on(PULSE_PROGRAM.ID.eq(PULSE_ROUND.PROGRAM_ID))
                .where(PULSE_ROUND.STATUS.eq(RoundStatus.OPEN)).orderBy(PULSE_ROUND.CLOSES_AT).fetch();
        if (rows.isEmpty()) {
            return out;
        }
        Employee me = directory.employees(List.of(employeeId)).get(employeeId);
        if (me == null) {
            return out;
        }
        Map<Long, StaffAudience.Filter> audiences = audiences(new HashSet<>(rows.map(r -> r.value2())));
        for (var r : rows) {
            if (audiences.get(r.value2()).includes(me)) {
                out.add(new OpenRound(r.value1(), r.value3(), r.value4(), drivers(r.value2()), r.value5(), r.value6()));
            }
        }
        return out;
    }

    // --- answers ---

    /** Records THAT the employee answered; false when they already had (the primary key decides, also under races). */
    public boolean insertParticipation(long roundId, long employeeId) {
        return dsl.insertInto(PULSE_PARTICIPATION).set(PULSE_PARTICIPATION.ROUND_ID, roundId)
                .set(PULSE_PARTICIPATION.EMPLOYEE_ID, employeeId).onDuplicateKeyIgnore().execute() == 1;
    }

    public void insertParticipations(long roundId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID, PULSE_PARTICIPATION.EMPLOYEE_ID);
        for (long e : employeeIds) {
            insert = insert.values(roundId, e);
        }
        insert.execute();
    }

    /** Stores answers with multi-row inserts (the demo and the import add thousands). */
    public void insertAnswers(List<NewAnswer> answers) {
        for (int from = 0; from < answers.size(); from += 500) {
            List<NewAnswer> chunk = answers.subList(from, Math.min(answers.size(), from + 500));
            var insert = dsl.insertInto(PULSE_ANSWER, PULSE_ANSWER.ID, PULSE_ANSWER.ROUND_ID, PULSE_ANSWER.ANSWERED_ON,
                    PULSE_ANSWER.PERIOD_MONTH, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND,
                    PULSE_ANSWER.SCORE, PULSE_ANSWER.COMMENT, PULSE_ANSWER.HAS_COMMENT, PULSE_ANSWER.IMPORTED,
                    PULSE_ANSWER.BATCH_ID);
            // a rating carries its answer's source and stored attributes (V0012), so releases read it index-only
            var drivers = dsl.insertInto(PULSE_ANSWER_DRIVER, PULSE_ANSWER_DRIVER.ANSWER_ID, PULSE_ANSWER_DRIVER.DRIVER_CODE,
                    PULSE_ANSWER_DRIVER.SCORE, PULSE_ANSWER_DRIVER.ROUND_ID, PULSE_ANSWER_DRIVER.BATCH_ID,
                    PULSE_ANSWER_DRIVER.PERIOD_MONTH, PULSE_ANSWER_DRIVER.BRANCH_ID, PULSE_ANSWER_DRIVER.DEPARTMENT,
                    PULSE_ANSWER_DRIVER.TENURE_BAND);
            boolean anyDriver = false;
            for (NewAnswer a : chunk) {
                insert = insert.values(a.id(), a.roundId(), a.day(), a.periodMonth(), a.branchId(), a.department(),
                        a.tenureBand(), a.score(), a.comment(), a.comment() != null, a.imported(), a.batchId());
                for (var d : a.drivers().entrySet()) {
                    drivers = drivers.values(a.id(), d.getKey(), d.getValue(), a.roundId(), a.batchId(), a.periodMonth(),
                            a.branchId(), a.department(), a.tenureBand());
                    anyDriver = true;
                }
            }
            insert.execute();
            if (anyDriver) {
                drivers.execute();
            }
        }
    }

    /**
     * The anonymous answers of one round or of some months, within a branch scope. Period selections take only
     * closed rounds and imported answers (scores of an open round never show, docs/domain-rules.md#rule-8).
     */
    public List<AnswerFact> answers(Long roundId, Collection<String> months, BranchScope scope) {
        Condition where = roundId != null ? PULSE_ANSWER.ROUND_ID.eq(roundId)
                : PULSE_ANSWER.PERIOD_MONTH.in(months)
                        .and(PULSE_ANSWER.ROUND_ID.isNull().or(PULSE_ROUND.STATUS.eq(RoundStatus.CLOSED)));
        Condition inScope = scope.all() ? DSL.noCondition()
                : scope.branchIds().isEmpty() ? DSL.falseCondition() : PULSE_ANSWER.BRANCH_ID.in(scope.branchIds());
        Map<String, Map<String, Integer>> drivers = new HashMap<>();
        dsl.select(PULSE_ANSWER_DRIVER.ANSWER_ID, PULSE_ANSWER_DRIVER.DRIVER_CODE, PULSE_ANSWER_DRIVER.SCORE)
                .from(PULSE_ANSWER_DRIVER).join(PULSE_ANSWER).on(PULSE_ANSWER.ID.eq(PULSE_ANSWER_DRIVER.ANSWER_ID))
                .leftJoin(PULSE_ROUND).on(PULSE_ROUND.ID.eq(PULSE_ANSWER.ROUND_ID))
                .where(where).and(inScope)
                .forEach(r -> drivers.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        var rows = dsl.select(PULSE_ANSWER.ID, PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND,
                        PULSE_ANSWER.SCORE, PULSE_ANSWER.COMMENT, PULSE_ROUND.CLOSE_DATE, PULSE_ANSWER.PERIOD_MONTH)
                .from(PULSE_ANSWER)
                .leftJoin(PULSE_ROUND).on(PULSE_ROUND.ID.eq(PULSE_ANSWER.ROUND_ID))
                .where(where).and(inScope)
                .fetch();
        // the branch codes from the organisation, one read for all of them (decision 0047)
        Map<Long, Branch> branches = directory.branches(new HashSet<>(rows.map(r -> r.value2())));
        List<AnswerFact> out = new ArrayList<>();
        for (var r : rows) {
            Branch b = branches.get(r.value2());
            if (b != null) {
                out.add(new AnswerFact(b.code(), r.value3(), r.value4(), r.value5(),
                        drivers.getOrDefault(r.value1(), Map.of()), r.value6(),
                        r.value7() != null ? r.value7() : java.time.YearMonth.parse(r.value8()).atEndOfMonth()));
            }
        }
        return out;
    }

    /** Closed rounds of a program, oldest first, for the trend chart. */
    public List<RoundRow> closedRounds(long programId) {
        return dsl.selectFrom(PULSE_ROUND).where(PULSE_ROUND.PROGRAM_ID.eq(programId))
                .and(PULSE_ROUND.STATUS.eq(RoundStatus.CLOSED))
                .orderBy(PULSE_ROUND.OPENS_AT).fetch(PulseRepository::row);
    }

    /**
     * Each branch code's region (docs/domain-rules.md#rule-7: a branch under k counts in its region, which screens
     * offer).
     */
    public Map<String, String> regionsByBranchCode() {
        Map<String, String> out = new HashMap<>();
        directory.allBranches().forEach(b -> out.put(b.code(), b.region()));
        return out;
    }

    public Optional<Long> branchIdOfCode(String code) {
        return directory.branchByCode(code).map(Branch::id);
    }

    public List<String> departmentNames() {
        return staff.departmentNames();
    }

    /** Branch id → (code, region), every branch (retired ones keep their history), in one read. */
    public Map<Long, Map.Entry<String, String>> branchCodesAndRegions() {
        Map<Long, Map.Entry<String, String>> out = new HashMap<>();
        directory.allBranches().forEach(b -> out.put(b.id(), Map.entry(b.code(), b.region())));
        return out;
    }

    /**
     * How many people of a program's current audience share a branch, a department (null = any) and a tenure band
     * on a day (null = any): the submit-time generalisation keeps only attributes at least k of them share.
     */
    public int audienceSharing(long programId, long branchId, String department, String tenureBand, LocalDate on) {
        return audienceSharing(audience(programId), branchId, department, tenureBand, on);
    }

    /** The same for an audience already read ({@link #audience(long)}). */
    public int audienceSharing(StaffAudience.Filter audience, long branchId, String department, String tenureBand,
            LocalDate on) {
        LocalDate hiredAfter = null;
        LocalDate hiredOnOrBefore = null;
        if (tenureBand != null) {
            // TenureBand.of: under 1 year, 1 to under 3, 3 and more (whole years between hire date and the day)
            LocalDate oneYear = on.minusYears(1);
            LocalDate threeYears = on.minusYears(3);
            switch (tenureBand) {
                case "<1" -> hiredAfter = oneYear;
                case "1-3" -> {
                    hiredAfter = threeYears;
                    hiredOnOrBefore = oneYear;
                }
                default -> hiredOnOrBefore = threeYears;
            }
        }
        return staff.countSharing(audience, branchId, department, hiredAfter, hiredOnOrBefore);
    }
}
