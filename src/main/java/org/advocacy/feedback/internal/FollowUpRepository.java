package org.advocacy.feedback.internal;

import org.advocacy.kernel.id.AccountId;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.advocacy.jooq.Tables.FOLLOW_UP_CASE;
import static org.advocacy.jooq.Tables.FOLLOW_UP_NOTE;
import static org.advocacy.jooq.Tables.FEEDBACK_TOUCHPOINT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacy.feedback.FollowUpItem;
import org.advocacy.feedback.FollowUpNote;
import org.advocacy.feedback.FollowUpStatus;
import org.advocacy.feedback.FollowUpVisit;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.advocacy.security.AccountDirectory;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to follow-up cases and their notes, always within a branch scope. */
@Repository
public class FollowUpRepository {

    private final DSLContext dsl;
    private final AccountDirectory accounts;
    private final OrgDirectory directory;

    FollowUpRepository(DSLContext dsl, AccountDirectory accounts, OrgDirectory directory) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.directory = directory;
    }

    public long open(long feedbackId, long branchId, LocalDateTime dueAt, LocalDateTime now) {
        return dsl.insertInto(FOLLOW_UP_CASE)
                .set(FOLLOW_UP_CASE.FEEDBACK_ID, feedbackId).set(FOLLOW_UP_CASE.BRANCH_ID, branchId)
                .set(FOLLOW_UP_CASE.STATUS, FollowUpStatus.NEW).set(FOLLOW_UP_CASE.DUE_AT, dueAt)
                .set(FOLLOW_UP_CASE.CREATED_AT, now).set(FOLLOW_UP_CASE.UPDATED_AT, now)
                .returningResult(FOLLOW_UP_CASE.ID).fetchOne(FOLLOW_UP_CASE.ID);
    }

    /** A case as the demo generator writes it. */
    public record DemoCase(long feedbackId, long branchId, FollowUpStatus status, Long ownerId, LocalDateTime dueAt,
            LocalDateTime createdAt, LocalDateTime closedAt, String note) {
    }

    /** Bulk insert of generated cases (the demo history) with one note each where given. */
    public void insertDemo(List<DemoCase> demo) {
        if (demo.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(FOLLOW_UP_CASE, FOLLOW_UP_CASE.FEEDBACK_ID, FOLLOW_UP_CASE.BRANCH_ID,
                FOLLOW_UP_CASE.STATUS, FOLLOW_UP_CASE.OWNER_USER_ID, FOLLOW_UP_CASE.DUE_AT, FOLLOW_UP_CASE.CREATED_AT,
                FOLLOW_UP_CASE.UPDATED_AT, FOLLOW_UP_CASE.CLOSED_AT);
        for (DemoCase c : demo) {
            insert = insert.values(c.feedbackId(), c.branchId(), c.status(), c.ownerId(), c.dueAt(), c.createdAt(),
                    c.closedAt() == null ? c.createdAt() : c.closedAt(), c.closedAt());
        }
        insert.execute();
        var ids = dsl.select(FOLLOW_UP_CASE.FEEDBACK_ID, FOLLOW_UP_CASE.ID).from(FOLLOW_UP_CASE)
                .where(FOLLOW_UP_CASE.FEEDBACK_ID.in(demo.stream().map(DemoCase::feedbackId).toList()))
                .fetchMap(FOLLOW_UP_CASE.FEEDBACK_ID, FOLLOW_UP_CASE.ID);
        var notes = dsl.insertInto(FOLLOW_UP_NOTE, FOLLOW_UP_NOTE.CASE_ID, FOLLOW_UP_NOTE.AUTHOR_ID, FOLLOW_UP_NOTE.NOTE,
                FOLLOW_UP_NOTE.CREATED_AT);
        boolean any = false;
        for (DemoCase c : demo) {
            if (c.note() != null && c.ownerId() != null) {
                notes = notes.values(ids.get(c.feedbackId()), c.ownerId(), c.note(), c.closedAt() == null ? c.createdAt() : c.closedAt());
                any = true;
            }
        }
        if (any) {
            notes.execute();
        }
    }

    private SelectOnConditionStep<? extends Record> select() {
        return dsl.select(FOLLOW_UP_CASE.ID, FOLLOW_UP_CASE.FEEDBACK_ID, FOLLOW_UP_CASE.BRANCH_ID, FOLLOW_UP_CASE.STATUS,
                        CUSTOMER_FEEDBACK.NPS, CUSTOMER_FEEDBACK.COMMENT_TEXT, CUSTOMER_FEEDBACK.CONTACT_NAME,
                        CUSTOMER_FEEDBACK.CONTACT_PHONE, CUSTOMER_FEEDBACK.CONTACT_EMAIL, FOLLOW_UP_CASE.OWNER_USER_ID,
                        FOLLOW_UP_CASE.DUE_AT, FOLLOW_UP_CASE.CREATED_AT, FOLLOW_UP_CASE.CLOSED_AT)
                .from(FOLLOW_UP_CASE)
                .join(CUSTOMER_FEEDBACK).on(CUSTOMER_FEEDBACK.ID.eq(FOLLOW_UP_CASE.FEEDBACK_ID));
    }

    /**
     * The cases with their branches' codes, which are org's (one statement for the page), and their owners' names,
     * which are the security module's accounts (one statement, when a case has an owner). A case whose branch is
     * gone is left out, as the join to the branch did.
     */
    private List<FollowUpItem> map(List<? extends Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Branch> branches = directory.branches(rows.stream().map(r -> r.get(FOLLOW_UP_CASE.BRANCH_ID))
                .collect(java.util.stream.Collectors.toSet()));
        Map<AccountId, String> owners = owners(rows);
        return rows.stream().filter(r -> branches.containsKey(r.get(FOLLOW_UP_CASE.BRANCH_ID)))
                .map(r -> map(r, branches.get(r.get(FOLLOW_UP_CASE.BRANCH_ID)).code(), owners)).toList();
    }

    /** The owners' names, which are the security module's accounts: one statement, when a case has an owner. */
    private Map<AccountId, String> owners(List<? extends Record> rows) {
        java.util.Set<AccountId> ids = rows.stream().map(r -> r.get(FOLLOW_UP_CASE.OWNER_USER_ID))
                .filter(java.util.Objects::nonNull).map(AccountId::of).collect(java.util.stream.Collectors.toSet());
        return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
    }

    /**
     * The most urgent open cases of one branch (the insights branch page), in the order of {@link #find}: the caller
     * knows its branch, so no branch code is looked up ({@code branchCode} is null).
     */
    public List<FollowUpItem> openOfBranch(long branchId, int limit) {
        List<? extends Record> rows = select().where(FOLLOW_UP_CASE.BRANCH_ID.eq(branchId))
                .and(FOLLOW_UP_CASE.CLOSED_AT.isNull()).orderBy(FOLLOW_UP_CASE.DUE_AT, FOLLOW_UP_CASE.ID)
                .limit(limit).fetch();
        Map<AccountId, String> owners = owners(rows);
        return rows.stream().map(r -> map(r, null, owners)).toList();
    }

    private static FollowUpItem map(Record r, String branchCode, Map<AccountId, String> owners) {
        Long owner = r.get(FOLLOW_UP_CASE.OWNER_USER_ID);
        return new FollowUpItem(r.get(FOLLOW_UP_CASE.ID), r.get(FOLLOW_UP_CASE.FEEDBACK_ID), branchCode,
                r.get(FOLLOW_UP_CASE.STATUS), r.get(CUSTOMER_FEEDBACK.NPS), r.get(CUSTOMER_FEEDBACK.COMMENT_TEXT),
                r.get(CUSTOMER_FEEDBACK.CONTACT_NAME), r.get(CUSTOMER_FEEDBACK.CONTACT_PHONE),
                r.get(CUSTOMER_FEEDBACK.CONTACT_EMAIL), owner, owner == null ? null : owners.get(AccountId.of(owner)),
                r.get(FOLLOW_UP_CASE.DUE_AT), r.get(FOLLOW_UP_CASE.CREATED_AT), r.get(FOLLOW_UP_CASE.CLOSED_AT));
    }

    private static Condition filter(BranchScope scope, boolean openOnly, LocalDateTime overdueAt) {
        Condition c = scope(scope);
        if (openOnly || overdueAt != null) {
            c = c.and(FOLLOW_UP_CASE.CLOSED_AT.isNull());
        }
        if (overdueAt != null) {
            c = c.and(FOLLOW_UP_CASE.DUE_AT.lt(overdueAt));
        }
        return c;
    }

    /** Cases in scope; {@code overdueAt} non-null lists only open cases due before it. Most urgent first. */
    public List<FollowUpItem> find(BranchScope scope, boolean openOnly, LocalDateTime overdueAt, int offset, int limit) {
        return map(select().where(filter(scope, openOnly, overdueAt))
                .orderBy(FOLLOW_UP_CASE.CLOSED_AT.isNull().desc(), FOLLOW_UP_CASE.DUE_AT, FOLLOW_UP_CASE.ID)
                .offset(offset).limit(limit).fetch());
    }

    public int count(BranchScope scope, boolean openOnly, LocalDateTime overdueAt) {
        return dsl.fetchCount(dsl.select(FOLLOW_UP_CASE.ID).from(FOLLOW_UP_CASE).where(filter(scope, openOnly, overdueAt)));
    }

    public Optional<FollowUpItem> find(long caseId, BranchScope scope) {
        return select().where(FOLLOW_UP_CASE.ID.eq(caseId)).and(scope(scope)).fetchOptional()
                .flatMap(r -> map(List.of(r)).stream().findFirst());
    }

    public boolean move(long caseId, FollowUpStatus from, FollowUpStatus to, Long ownerId, LocalDateTime now,
            boolean close) {
        return dsl.update(FOLLOW_UP_CASE).set(FOLLOW_UP_CASE.STATUS, to)
                .set(FOLLOW_UP_CASE.OWNER_USER_ID, DSL.coalesce(FOLLOW_UP_CASE.OWNER_USER_ID, DSL.val(ownerId)))
                .set(FOLLOW_UP_CASE.UPDATED_AT, now)
                .set(FOLLOW_UP_CASE.CLOSED_AT, close ? now : null)
                .where(FOLLOW_UP_CASE.ID.eq(caseId)).and(FOLLOW_UP_CASE.STATUS.eq(from)).execute() == 1;
    }

    /** Gives an open case in scope to a new owner; false when no such case (closed, or outside the scope). */
    public boolean assign(long caseId, long ownerId, BranchScope scope, LocalDateTime now) {
        return dsl.update(FOLLOW_UP_CASE).set(FOLLOW_UP_CASE.OWNER_USER_ID, ownerId).set(FOLLOW_UP_CASE.UPDATED_AT, now)
                .where(FOLLOW_UP_CASE.ID.eq(caseId)).and(FOLLOW_UP_CASE.CLOSED_AT.isNull()).and(scope(scope))
                .execute() == 1;
    }

    /**
     * The visit behind a case: scores, touchpoint (named in the locale), the person named (org's, asked only when
     * someone was named), the texts.
     */
    public Optional<FollowUpVisit> visit(long feedbackId, BranchScope scope, java.util.Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        return dsl.select(CUSTOMER_FEEDBACK.NPS, CUSTOMER_FEEDBACK.CSAT, CUSTOMER_FEEDBACK.CES,
                        CUSTOMER_FEEDBACK.TOUCHPOINT, vi ? FEEDBACK_TOUCHPOINT.NAME_VI : FEEDBACK_TOUCHPOINT.NAME_EN,
                        CUSTOMER_FEEDBACK.EMPLOYEE_ID, CUSTOMER_FEEDBACK.PRAISE, CUSTOMER_FEEDBACK.COMMENT_TEXT,
                        CUSTOMER_FEEDBACK.SUBMITTED_AT)
                .from(CUSTOMER_FEEDBACK)
                .join(FOLLOW_UP_CASE).on(FOLLOW_UP_CASE.FEEDBACK_ID.eq(CUSTOMER_FEEDBACK.ID))
                .leftJoin(FEEDBACK_TOUCHPOINT).on(FEEDBACK_TOUCHPOINT.CODE.eq(CUSTOMER_FEEDBACK.TOUCHPOINT))
                .where(CUSTOMER_FEEDBACK.ID.eq(feedbackId)).and(scope(scope))
                .fetchOptional()
                .map(r -> new FollowUpVisit(r.value1(), toInt(r.value2()), toInt(r.value3()), r.value4(),
                        r.value5(), employeeName(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    private String employeeName(Long employeeId) {
        return employeeId == null ? null
                : Optional.ofNullable(directory.employees(List.of(employeeId)).get(employeeId))
                        .map(Employee::fullName).orElse(null);
    }

    private static Integer toInt(Number n) {
        return n == null ? null : n.intValue();
    }

    public void addNote(long caseId, long authorId, String note, LocalDateTime now) {
        dsl.insertInto(FOLLOW_UP_NOTE).set(FOLLOW_UP_NOTE.CASE_ID, caseId).set(FOLLOW_UP_NOTE.AUTHOR_ID, authorId)
                .set(FOLLOW_UP_NOTE.NOTE, note).set(FOLLOW_UP_NOTE.CREATED_AT, now).execute();
    }

    public List<FollowUpNote> notes(long caseId) {
        var rows = dsl.select(FOLLOW_UP_NOTE.ID, FOLLOW_UP_NOTE.AUTHOR_ID, FOLLOW_UP_NOTE.NOTE, FOLLOW_UP_NOTE.CREATED_AT)
                .from(FOLLOW_UP_NOTE)
                .where(FOLLOW_UP_NOTE.CASE_ID.eq(caseId)).orderBy(FOLLOW_UP_NOTE.CREATED_AT, FOLLOW_UP_NOTE.ID)
                .fetch();
        // the authors' names are the security module's accounts
        Map<AccountId, String> authors = accounts.displayNames(rows.map(r -> AccountId.of(r.value2())));
        return rows.stream().filter(r -> authors.containsKey(AccountId.of(r.value2())))
                .map(r -> new FollowUpNote(r.value1(), authors.get(AccountId.of(r.value2())), r.value3(), r.value4()))
                .toList();
    }

    /** Keyset position of the contact-erasure job: the last answer it looked at. */
    public record ContactKey(LocalDateTime submittedAt, long id) {
    }

    /**
     * Up to {@code limit} answers with contact details that are due for erasure (submitted before the cutoff), after
     * {@code after} in (submitted_at, id) order. A plain non-locking read of ix_customer_feedback_contact_due, which
     * holds only consented, not yet erased answers: the work grows with what is due, not with the history. Only
     * answers up to {@code maxId} (the newest when the run began), so a run ends even beside a steady import.
     */
    public List<ContactKey> contactsDue(LocalDateTime cutoff, long maxId, ContactKey after, int limit) {
        Condition keyset = after == null ? DSL.noCondition()
                : CUSTOMER_FEEDBACK.SUBMITTED_AT.gt(after.submittedAt())
                        .or(CUSTOMER_FEEDBACK.SUBMITTED_AT.eq(after.submittedAt()).and(CUSTOMER_FEEDBACK.ID.gt(after.id())));
        return dsl.select(CUSTOMER_FEEDBACK.SUBMITTED_AT, CUSTOMER_FEEDBACK.ID)
                .from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.CONTACT_CONSENT.isTrue())
                .and(CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull())
                .and(CUSTOMER_FEEDBACK.SUBMITTED_AT.lt(cutoff))
                .and(CUSTOMER_FEEDBACK.ID.le(maxId))
                .and(keyset)
                .orderBy(CUSTOMER_FEEDBACK.SUBMITTED_AT, CUSTOMER_FEEDBACK.ID)
                .limit(limit)
                .fetch(Records.mapping(ContactKey::new));
    }

    /** The newest answer's id (0 when there is none): where a run of the erasure job stops. */
    public long newestFeedbackId() {
        Long max = dsl.select(DSL.max(CUSTOMER_FEEDBACK.ID)).from(CUSTOMER_FEEDBACK).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Erases the contact details of these answers (by primary key: row locks on exactly these rows, no gap locks,
     * so concurrent inserts never wait); returns how many were erased now.
     */
    public int eraseContacts(List<Long> ids, LocalDateTime now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.update(CUSTOMER_FEEDBACK)
                .setNull(CUSTOMER_FEEDBACK.CONTACT_NAME).setNull(CUSTOMER_FEEDBACK.CONTACT_PHONE)
                .setNull(CUSTOMER_FEEDBACK.CONTACT_EMAIL).set(CUSTOMER_FEEDBACK.CONTACT_ERASED_AT, now)
                .where(CUSTOMER_FEEDBACK.ID.in(ids)).and(CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull())
                .execute();
    }

    static Condition scope(BranchScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        return scope.branchIds().isEmpty() ? DSL.falseCondition() : FOLLOW_UP_CASE.BRANCH_ID.in(scope.branchIds());
    }
}
