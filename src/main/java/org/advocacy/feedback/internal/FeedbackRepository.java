package org.advocacy.feedback.internal;

import org.advocacy.kernel.id.EmployeeId;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.FEEDBACK_BRANCH_LINK;
import static org.advocacy.jooq.Tables.FEEDBACK_STAFF_CHOICE;
import static org.advocacy.jooq.Tables.FEEDBACK_TOUCHPOINT;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.advocacy.feedback.PublicBranch;
import org.advocacy.feedback.Touchpoint;
import org.advocacy.jooq.tables.records.CustomerFeedbackRecord;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.org.Branch;
import org.advocacy.org.BranchStaff;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.AccountDirectory;
import org.advocacy.security.Role;
import org.advocacy.settings.AppSettings;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Repository;

/** jOOQ access to stored feedback: lookups for validation, single and multi-row inserts. */
@Repository
public class FeedbackRepository {

    private final DSLContext dsl;
    private final AppSettings settings;
    private final AccountDirectory accounts;
    private final OrgDirectory directory;
    private final BranchStaff branchStaff;
    private final DatabaseTimeLimit timeLimit;

    FeedbackRepository(DSLContext dsl, AppSettings settings, AccountDirectory accounts, OrgDirectory directory,
            BranchStaff branchStaff, DatabaseTimeLimit timeLimit) {
        this.timeLimit = timeLimit;
        this.dsl = dsl;
        this.settings = settings;
        this.accounts = accounts;
        this.directory = directory;
        this.branchStaff = branchStaff;
    }

    public Optional<PublicBranch> activeBranch(String code) {
        return directory.branchByCode(code).filter(Branch::active).map(FeedbackRepository::publicBranch);
    }

    /** A branch by code, open or retired (for history: a retired branch keeps its figures). */
    public Optional<PublicBranch> anyBranch(String code) {
        return directory.branchByCode(code).map(FeedbackRepository::publicBranch);
    }

    public Optional<PublicBranch> branchById(long id) {
        return directory.branch(id).map(FeedbackRepository::publicBranch);
    }

    private static PublicBranch publicBranch(Branch b) {
        return new PublicBranch(b.id(), b.code(), b.name(), b.city());
    }

    /**
     * Active staff of a branch with what decides whether the public form offers them: the manager flag, an HR,
     * leader, admin or manager account (office roles), and the manager's explicit choice (null: none made). The
     * staff are org's (one statement), the choices feedback's own (one statement for the branch's staff).
     */
    public List<StaffRow> staff(long branchId) {
        List<BranchStaff.Member> members = branchStaff.active(branchId);
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = members.stream().map(BranchStaff.Member::id).toList();
        java.util.Map<Long, Boolean> choices = new java.util.HashMap<>();
        dsl.select(FEEDBACK_STAFF_CHOICE.EMPLOYEE_ID, FEEDBACK_STAFF_CHOICE.CUSTOMER_FACING).from(FEEDBACK_STAFF_CHOICE)
                .where(FEEDBACK_STAFF_CHOICE.EMPLOYEE_ID.in(ids))
                .forEach(r -> choices.put(r.value1(), r.value2()));
        // office roles are the security module's: asked once for the branch's staff
        java.util.Set<EmployeeId> office = accounts.employeesWithRole(ids.stream().map(EmployeeId::of).toList(),
                OFFICE_ROLES);
        return members.stream().map(m -> new StaffRow(m.id(), m.fullName(), m.jobTitle(), m.manager(),
                office.contains(EmployeeId.of(m.id())), choices.get(m.id()))).toList();
    }

    private static final List<Role> OFFICE_ROLES = List.of(Role.MANAGER, Role.HR, Role.LEADER, Role.ADMIN);

    /** Records a manager's choice (inserted or replaced). */
    public void saveStaffChoice(long employeeId, boolean customerFacing, Long userId, LocalDateTime now) {
        dsl.insertInto(FEEDBACK_STAFF_CHOICE).set(FEEDBACK_STAFF_CHOICE.EMPLOYEE_ID, employeeId)
                .set(FEEDBACK_STAFF_CHOICE.CUSTOMER_FACING, customerFacing).set(FEEDBACK_STAFF_CHOICE.UPDATED_BY, userId)
                .set(FEEDBACK_STAFF_CHOICE.UPDATED_AT, now)
                .onDuplicateKeyUpdate().set(FEEDBACK_STAFF_CHOICE.CUSTOMER_FACING, customerFacing)
                .set(FEEDBACK_STAFF_CHOICE.UPDATED_BY, userId).set(FEEDBACK_STAFF_CHOICE.UPDATED_AT, now).execute();
    }

    /** The value of a setting, storing {@code initial} first when there is none yet (outside any transaction). */
    public String settingOrCreate(String key, String initial) {
        return settings.getOrCreate(key, initial); // the settings module owns app_setting
    }

    public List<Touchpoint> touchpoints(boolean activeOnly) {
        return dsl.selectFrom(FEEDBACK_TOUCHPOINT)
                .where(activeOnly ? FEEDBACK_TOUCHPOINT.ACTIVE.isTrue() : org.jooq.impl.DSL.noCondition())
                .orderBy(FEEDBACK_TOUCHPOINT.SORT_ORDER)
                .fetch(r -> new Touchpoint(r.getCode(), r.getNameEn(), r.getNameVi(), r.getSortOrder(), r.getActive()));
    }

    /** Inserts or updates a touchpoint (codes are never deleted: old answers keep pointing at them). */
    public void saveTouchpoint(Touchpoint t) {
        int updated = dsl.update(FEEDBACK_TOUCHPOINT).set(FEEDBACK_TOUCHPOINT.NAME_EN, t.nameEn())
                .set(FEEDBACK_TOUCHPOINT.NAME_VI, t.nameVi()).set(FEEDBACK_TOUCHPOINT.SORT_ORDER, t.sortOrder())
                .set(FEEDBACK_TOUCHPOINT.ACTIVE, t.active()).where(FEEDBACK_TOUCHPOINT.CODE.eq(t.code())).execute();
        if (updated == 0) {
            dsl.insertInto(FEEDBACK_TOUCHPOINT).set(FEEDBACK_TOUCHPOINT.CODE, t.code())
                    .set(FEEDBACK_TOUCHPOINT.NAME_EN, t.nameEn()).set(FEEDBACK_TOUCHPOINT.NAME_VI, t.nameVi())
                    .set(FEEDBACK_TOUCHPOINT.SORT_ORDER, t.sortOrder()).set(FEEDBACK_TOUCHPOINT.ACTIVE, t.active()).execute();
        }
    }

    public Optional<Long> activeEmployeeInBranch(long employeeId, long branchId) {
        return branchStaff.activeInBranch(employeeId, branchId);
    }

    public Optional<Long> activeEmployeeInBranch(String email, long branchId) {
        return branchStaff.activeInBranch(email, branchId);
    }

    public Optional<Long> idBySubmission(String submissionId) {
        // a locking read: it sees the latest committed row, which the transaction's snapshot (taken before the
        // insert that was just refused as a duplicate) does not hold when another request or node stored it since
        return dsl.select(CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.SUBMISSION_ID.eq(submissionId)).forShare().fetchOptional(CUSTOMER_FEEDBACK.ID);
    }

    /**
     * An API answer's id by its external id, within its branch only (external ids are unique per branch). A locking
     * read, for the same reason as {@link #idBySubmission}: called right after the database refused the id as stored.
     */
    public Optional<Long> idByExternal(long branchId, String externalId) {
        return dsl.select(CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.BRANCH_ID.eq(branchId)).and(CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(externalId))
                .forShare().fetchOptional(CUSTOMER_FEEDBACK.ID);
    }

    /**
     * Which of these (branch, external id) pairs are stored already: one statement, each branch's external ids as a
     * plain IN list on the (branch, external id) key, which is cheaper to render and to look up than a list of
     * pairs (a batch usually names one branch).
     */
    public java.util.Set<ExternalKey> storedExternal(java.util.Collection<ExternalKey> keys) {
        return keys.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(dsl.select(CUSTOMER_FEEDBACK.BRANCH_ID,
                CUSTOMER_FEEDBACK.EXTERNAL_ID).from(CUSTOMER_FEEDBACK).where(externalIn(keys))
                .fetch(Records.mapping(ExternalKey::new)));
    }

    /** The stored ids of these (branch, external id) pairs, in one statement as {@link #storedExternal}. */
    public java.util.Map<ExternalKey, Long> idsByExternal(java.util.Collection<ExternalKey> keys) {
        java.util.Map<ExternalKey, Long> out = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            dsl.select(CUSTOMER_FEEDBACK.BRANCH_ID, CUSTOMER_FEEDBACK.EXTERNAL_ID, CUSTOMER_FEEDBACK.ID)
                    .from(CUSTOMER_FEEDBACK).where(externalIn(keys))
                    .forEach(r -> out.put(new ExternalKey(r.value1(), r.value2()), r.value3()));
        }
        return out;
    }

    private static org.jooq.Condition externalIn(java.util.Collection<ExternalKey> keys) {
        java.util.Map<Long, List<String>> byBranch = new java.util.LinkedHashMap<>();
        for (ExternalKey k : keys) {
            byBranch.computeIfAbsent(k.branchId(), b -> new ArrayList<>()).add(k.externalId());
        }
        org.jooq.Condition wanted = DSL.falseCondition();
        for (var e : byBranch.entrySet()) {
            wanted = wanted.or(CUSTOMER_FEEDBACK.BRANCH_ID.eq(e.getKey()).and(CUSTOMER_FEEDBACK.EXTERNAL_ID.in(e.getValue())));
        }
        return wanted;
    }

    public java.util.Map<String, Long> idsBySubmission(java.util.Collection<String> submissionIds) {
        return submissionIds.isEmpty() ? new java.util.HashMap<>() : dsl.select(CUSTOMER_FEEDBACK.SUBMISSION_ID, CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.SUBMISSION_ID.in(submissionIds))
                .fetchMap(CUSTOMER_FEEDBACK.SUBMISSION_ID, CUSTOMER_FEEDBACK.ID);
    }

    public boolean duplicateSince(String clientHash, String textHash, LocalDateTime since) {
        return dsl.fetchExists(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.CLIENT_HASH.eq(clientHash)
                .and(CUSTOMER_FEEDBACK.TEXT_HASH.eq(textHash)).and(CUSTOMER_FEEDBACK.CREATED_AT.ge(since)));
    }

    public long insert(NewFeedback f) {
        return dsl.insertInto(CUSTOMER_FEEDBACK).set(record(f))
                .returningResult(CUSTOMER_FEEDBACK.ID).fetchOne(CUSTOMER_FEEDBACK.ID);
    }

    private static final List<Field<?>> COLUMNS = List.of(CUSTOMER_FEEDBACK.BRANCH_ID, CUSTOMER_FEEDBACK.NPS,
            CUSTOMER_FEEDBACK.CSAT, CUSTOMER_FEEDBACK.CES, CUSTOMER_FEEDBACK.TOUCHPOINT, CUSTOMER_FEEDBACK.EMPLOYEE_ID,
            CUSTOMER_FEEDBACK.PRAISE, CUSTOMER_FEEDBACK.COMMENT_TEXT, CUSTOMER_FEEDBACK.CONTACT_NAME,
            CUSTOMER_FEEDBACK.CONTACT_PHONE, CUSTOMER_FEEDBACK.CONTACT_EMAIL, CUSTOMER_FEEDBACK.CONTACT_CONSENT,
            CUSTOMER_FEEDBACK.CONTACT_ERASED_AT, CUSTOMER_FEEDBACK.SUBMITTED_AT, CUSTOMER_FEEDBACK.LOCAL_DATE,
            CUSTOMER_FEEDBACK.CHANNEL, CUSTOMER_FEEDBACK.EXTERNAL_ID, CUSTOMER_FEEDBACK.SUBMISSION_ID,
            CUSTOMER_FEEDBACK.CLIENT_HASH, CUSTOMER_FEEDBACK.TEXT_HASH, CUSTOMER_FEEDBACK.KIOSK_ID,
            CUSTOMER_FEEDBACK.PRAISE_STATUS, CUSTOMER_FEEDBACK.CREATED_AT);
    /** Rows per multi-row statement: 500 × 23 values stays far below MariaDB's 65,535 placeholders. */
    private static final int ROWS_PER_INSERT = 500;

    /**
     * Multi-row inserts of up to {@value #ROWS_PER_INSERT} rows per statement; returns the new ids in the order of
     * {@code rows} (MariaDB's INSERT … RETURNING gives them in the order of the VALUES). No round trip per row.
     */
    public List<Long> insertAll(List<NewFeedback> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<NewFeedback> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            var insert = dsl.insertInto(CUSTOMER_FEEDBACK).columns(COLUMNS);
            for (NewFeedback f : chunk) {
                insert = insert.values(values(f)); // coerced to the columns' types
            }
            ids.addAll(insert.returningResult(CUSTOMER_FEEDBACK.ID).fetch(CUSTOMER_FEEDBACK.ID));
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " answers but got " + ids.size() + " ids");
        }
        return ids;
    }

    /** Rows per JDBC batch: a whole API batch or import batch goes in one. */
    private static final int ROWS_PER_BATCH = 1000;
    /** Spring's translation of jOOQ's failures, for the JDBC below: the same exceptions (duplicate key, timeout). */
    private static final SQLExceptionTranslator TRANSLATOR = new SQLErrorCodeSQLExceptionTranslator("MariaDB");

    /**
     * Inserts the rows without returning ids, for a batch's answers that open no follow-up case (whose ids nothing
     * needs), as fast as the driver can (issue 13): jOOQ renders the INSERT with placeholders once, plain JDBC binds
     * each row on the transaction's connection ({@code PreparedStatement.addBatch}) and runs one JDBC batch, which
     * MariaDB Connector/J sends in bulk. Binding through jOOQ's {@code batch(…).bind(…)} converted every value
     * through its bindings and cost about as much as the database's own work. The statement gets the limit of the
     * request like every jOOQ statement ({@link DatabaseTimeLimit#bound}); failures are translated as jOOQ's are.
     */
    public void insertAllWithoutIds(List<NewFeedback> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = insertSql();
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                timeLimit.bound(ps, c);
                for (int from = 0; from < rows.size(); from += ROWS_PER_BATCH) {
                    int to = Math.min(rows.size(), from + ROWS_PER_BATCH);
                    for (NewFeedback f : rows.subList(from, to)) {
                        bind(ps, f);
                        ps.addBatch();
                    }
                    int[] counts = ps.executeBatch();
                    if (counts.length != to - from) {
                        throw new IllegalStateException("batch of " + (to - from) + " answers reported " + counts.length);
                    }
                }
            } catch (SQLException e) {
                DataAccessException translated = TRANSLATOR.translate("insertAllWithoutIds", sql, e);
                throw translated != null ? translated : new UncategorizedSQLException("insertAllWithoutIds", sql, e);
            }
        });
    }

    /** The INSERT of {@link #COLUMNS} with one placeholder each, rendered by jOOQ once (for this DSL's dialect). */
    private String insertSql() {
        String sql = insertSql;
        if (sql == null) {
            Object[] placeholders = new Object[COLUMNS.size()];
            sql = dsl.render(dsl.insertInto(CUSTOMER_FEEDBACK).columns(COLUMNS).values(placeholders));
            insertSql = sql;
        }
        return sql;
    }

    private volatile String insertSql;

    /** Binds one row in the order of {@link #COLUMNS}, each value with the JDBC type of its column. */
    private static void bind(PreparedStatement ps, NewFeedback f) throws SQLException {
        ps.setLong(1, f.branchId());
        ps.setShort(2, (short) f.nps());
        setShort(ps, 3, f.csat());
        setShort(ps, 4, f.ces());
        ps.setString(5, f.touchpoint());
        setLong(ps, 6, f.employeeId());
        ps.setString(7, f.praise());
        ps.setString(8, f.comment());
        ps.setString(9, f.contactName());
        ps.setString(10, f.contactPhone());
        ps.setString(11, f.contactEmail());
        ps.setBoolean(12, f.consent());
        setTemporal(ps, 13, f.contactErasedAt(), Types.TIMESTAMP);
        setTemporal(ps, 14, f.submittedAt(), Types.TIMESTAMP);
        setTemporal(ps, 15, f.localDate(), Types.DATE);
        ps.setString(16, f.channel());
        ps.setString(17, f.externalId());
        ps.setString(18, f.submissionId());
        ps.setString(19, f.clientHash());
        ps.setString(20, f.textHash());
        setLong(ps, 21, f.kioskId());
        ps.setString(22, (String) CUSTOMER_FEEDBACK.PRAISE_STATUS.getConverter().to(f.praiseStatus())); // as jOOQ stores it
        setTemporal(ps, 23, f.createdAt(), Types.TIMESTAMP);
    }

    private static void setShort(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.SMALLINT);
        } else {
            ps.setShort(i, value.shortValue());
        }
    }

    /** A {@code java.time} value as such (the driver writes its wall-clock fields, no time zone involved). */
    private static void setTemporal(PreparedStatement ps, int i, Object value, int nullType) throws SQLException {
        if (value == null) {
            ps.setNull(i, nullType);
        } else {
            ps.setObject(i, value);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static Object[] values(NewFeedback f) {
        return new Object[] {f.branchId(), (short) f.nps(), f.csat() == null ? null : f.csat().shortValue(),
                f.ces() == null ? null : f.ces().shortValue(), f.touchpoint(), f.employeeId(), f.praise(), f.comment(),
                f.contactName(), f.contactPhone(), f.contactEmail(), f.consent(), f.contactErasedAt(), f.submittedAt(),
                f.localDate(), f.channel(), f.externalId(), f.submissionId(), f.clientHash(), f.textHash(), f.kioskId(),
                f.praiseStatus(), f.createdAt()};
    }

    /** Active employees named by e-mail (lower case) or id, as (branch id, e-mail or id) → id: one query per batch. */
    public java.util.Map<String, Long> activeEmployees(java.util.Collection<String> emails, java.util.Collection<Long> ids) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        if (emails.isEmpty() && ids.isEmpty()) {
            return out;
        }
        for (BranchStaff.Member m : branchStaff.active(emails, ids)) { // org's staff, one statement per batch
            out.put(m.branchId() + " " + m.email().toLowerCase(java.util.Locale.ROOT), m.id());
            out.put(m.branchId() + " #" + m.id(), m.id());
        }
        return out;
    }

    private CustomerFeedbackRecord record(NewFeedback f) {
        CustomerFeedbackRecord r = new CustomerFeedbackRecord();
        r.setBranchId(f.branchId());
        r.setNps((short) f.nps());
        r.setCsat(f.csat() == null ? null : f.csat().shortValue());
        r.setCes(f.ces() == null ? null : f.ces().shortValue());
        r.setTouchpoint(f.touchpoint());
        r.setEmployeeId(f.employeeId());
        r.setPraise(f.praise());
        r.setCommentText(f.comment());
        r.setContactName(f.contactName());
        r.setContactPhone(f.contactPhone());
        r.setContactEmail(f.contactEmail());
        r.setContactConsent(f.consent());
        r.setSubmittedAt(f.submittedAt());
        r.setLocalDate(f.localDate());
        r.setChannel(f.channel());
        r.setExternalId(f.externalId());
        r.setSubmissionId(f.submissionId());
        r.setClientHash(f.clientHash());
        r.setTextHash(f.textHash());
        r.setKioskId(f.kioskId());
        r.setPraiseStatus(f.praiseStatus());
        r.setCreatedAt(f.createdAt());
        return r;
    }

    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    /** The branch's public review page, if its manager set one. */
    public Optional<String> reviewUrl(long branchId) {
        return dsl.select(FEEDBACK_BRANCH_LINK.REVIEW_URL).from(FEEDBACK_BRANCH_LINK)
                .where(FEEDBACK_BRANCH_LINK.BRANCH_ID.eq(branchId)).fetchOptional(FEEDBACK_BRANCH_LINK.REVIEW_URL);
    }

    /** Sets the branch's review page, or removes it ({@code url} null). */
    public void saveReviewUrl(long branchId, String url, Long userId, LocalDateTime now) {
        if (url == null) {
            dsl.deleteFrom(FEEDBACK_BRANCH_LINK).where(FEEDBACK_BRANCH_LINK.BRANCH_ID.eq(branchId)).execute();
            return;
        }
        dsl.insertInto(FEEDBACK_BRANCH_LINK).set(FEEDBACK_BRANCH_LINK.BRANCH_ID, branchId)
                .set(FEEDBACK_BRANCH_LINK.REVIEW_URL, url).set(FEEDBACK_BRANCH_LINK.UPDATED_BY, userId)
                .set(FEEDBACK_BRANCH_LINK.UPDATED_AT, now)
                .onDuplicateKeyUpdate().set(FEEDBACK_BRANCH_LINK.REVIEW_URL, url)
                .set(FEEDBACK_BRANCH_LINK.UPDATED_BY, userId).set(FEEDBACK_BRANCH_LINK.UPDATED_AT, now).execute();
    }
}
