package org.advocacy.recognition.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.RECOGNITION_PREFERENCE;
import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocacy.feedback.ApprovedPraise;
import org.advocacy.recognition.Colleague;
import org.advocacy.recognition.FeedItem;
import org.advocacy.recognition.PersonRank;
import org.advocacy.recognition.RecognitionGap;
import org.advocacy.test.PortalTest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10: recognition reads org's staff through {@code OrgDirectory} and {@code StaffSearch} instead of joining
 * {@code employee} and {@code branch}. On the demo organisation each read must give what the joined SQL gave (kept
 * here, in the test, as the reference): the same rows in the same order, names sorted by the database's collation.
 */
@PortalTest
class RecognitionOrgReadsTest {

    @Autowired
    RecognitionQuery query;
    @Autowired
    ApprovedPraise praise;
    @Autowired
    DSLContext dsl;

    private List<Long> branchIds() {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.ACTIVE.isTrue()).orderBy(BRANCH.ID).fetch(BRANCH.ID);
    }

    private long someone(long branchId) {
        return dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.BRANCH_ID.eq(branchId))
                .and(EMPLOYEE.ACTIVE.isTrue()).orderBy(EMPLOYEE.ID).limit(1).fetchOne(EMPLOYEE.ID);
    }

    @Test
    void thePickerFindsWhatTheJoinFound() {
        List<Long> branches = branchIds();
        long first = branches.get(1);
        long me = someone(first);
        Set<Long> two = Set.of(branches.get(0), branches.get(1));
        for (String text : new String[] {null, " ", "Nguyễn", "an", "thị"}) {
            assertThat(query.candidates(text, null, me, first, 0, 50)).as(text)
                    .containsExactlyElementsOf(oldCandidates(text, null, me, first, 0, 50));
            assertThat(query.candidates(text, null, me, first, 40, 30)).as(text)
                    .containsExactlyElementsOf(oldCandidates(text, null, me, first, 40, 30));
            assertThat(query.candidates(text, two, null, null, 0, 200)).as(text)
                    .containsExactlyElementsOf(oldCandidates(text, two, null, null, 0, 200));
            assertThat(query.countCandidates(text, null, me)).as(text)
                    .isEqualTo(dsl.fetchCount(EMPLOYEE, oldCandidateCondition(text, null, me)));
        }
        assertThat(query.candidates("Nguyễn", Set.of(), null, null, 0, 50)).isEmpty();
    }

    @Test
    void thePickersTextIsTextNotAPattern() {
        // unescaped, "%" and "_" matched every name; now they match names that contain them (none in the demo)
        assertThat(dsl.fetchCount(EMPLOYEE, oldCandidateCondition("%", null, null))).isPositive();
        assertThat(query.countCandidates("%", null, null)).isZero();
        assertThat(query.candidates("%", null, null, null, 0, 10)).isEmpty();
        assertThat(query.countCandidates("_", null, null)).isZero();
        assertThat(query.countCandidates("!", null, null)).isZero();
    }

    @Test
    void gapsComeInTheJoinsOrder() {
        List<Long> branches = branchIds();
        LocalDateTime now = LocalDateTime.now();
        Set<Long> three = Set.of(branches.get(0), branches.get(1), branches.get(2));
        long me = someone(branches.get(0));
        for (int days : new int[] {7, 30, 60, 365}) {
            LocalDateTime cutoff = now.minusDays(days);
            List<RecognitionGap> all = query.gaps(null, me, cutoff, 0, 500);
            if (days == 30) { // the demo organisation has both: never recognised, and not lately
                assertThat(all).anySatisfy(g -> assertThat(g.lastRecognisedAt()).isNull())
                        .anySatisfy(g -> assertThat(g.lastRecognisedAt()).isNotNull());
            }
            assertThat(all).as("all, %d days", days).containsExactlyElementsOf(oldGaps(null, me, cutoff, 0, 500));
            assertThat(query.gaps(null, me, cutoff, 120, 50)).as("all, deeper, %d days", days)
                    .containsExactlyElementsOf(oldGaps(null, me, cutoff, 120, 50));
            assertThat(query.gaps(three, me, cutoff, 0, 500)).as("three branches, %d days", days)
                    .containsExactlyElementsOf(oldGaps(three, me, cutoff, 0, 500));
            assertThat(query.countGaps(null, me, cutoff)).isEqualTo(dsl.fetchCount(oldGapSelect(null, me, cutoff)));
            assertThat(query.countGaps(three, null, cutoff))
                    .isEqualTo(dsl.fetchCount(oldGapSelect(three, null, cutoff)));
        }
        assertThat(query.gaps(Set.of(), null, now, 0, 50)).isEmpty();
        assertThat(query.countGaps(Set.of(), null, now)).isZero();
    }

    @Test
    void peopleTalliesComeInTheJoinsOrder() {
        LocalDateTime to = LocalDateTime.now();
        int compared = 0;
        for (long branch : branchIds()) {
            for (int months : new int[] {1, 3, 12}) {
                LocalDateTime from = to.minusMonths(months);
                List<PersonRank> now = query.personTallies(branch, from, to, 50);
                assertThat(now).as("branch %d, %d months", branch, months)
                        .containsExactlyElementsOf(oldPersonTallies(branch, from, to, 50));
                compared += now.size();
            }
        }
        assertThat(compared).as("people compared").isPositive();
    }

    @Test
    void recipientsComeByName() {
        Viewer viewer = new Viewer(0, null, null, Set.of());
        int several = 0;
        for (FeedItem item : query.feedPage(null, viewer, List.of(), 0, 200)) {
            if (item.source() != FeedItem.Source.RECOGNITION) {
                continue;
            }
            List<Colleague> old = dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE)
                    .from(RECOGNITION_RECIPIENT).join(EMPLOYEE).on(EMPLOYEE.ID.eq(RECOGNITION_RECIPIENT.EMPLOYEE_ID))
                    .join(BRANCH).on(BRANCH.ID.eq(RECOGNITION_RECIPIENT.BRANCH_ID))
                    .where(RECOGNITION_RECIPIENT.RECOGNITION_ID.eq(item.id())).orderBy(EMPLOYEE.FULL_NAME)
                    .fetch(Records.mapping(Colleague::new));
            assertThat(item.recipients()).containsExactlyInAnyOrderElementsOf(old);
            assertThat(item.recipients()).extracting(Colleague::fullName)
                    .containsExactlyElementsOf(old.stream().map(Colleague::fullName).toList());
            several += item.recipients().size() > 1 ? 1 : 0;
        }
        assertThat(several).as("entries with several recipients").isPositive();
    }

    // --- the joined SQL as it was before issue 10 (a test may name any table) ---

    private List<Colleague> oldCandidates(String text, Set<Long> branchIds, Long except, Long firstBranchId,
            int offset, int limit) {
        // the old code put DSL.inline(0) in the ORDER BY without a first branch, which MariaDB refused ("ORDER BY 0"
        // is a column position): the reference orders by name alone there, what the CASE meant
        List<org.jooq.SortField<?>> order = new ArrayList<>();
        if (firstBranchId != null) {
            order.add(DSL.when(EMPLOYEE.BRANCH_ID.eq(firstBranchId), DSL.inline(0)).otherwise(DSL.inline(1)).asc());
        }
        order.add(EMPLOYEE.FULL_NAME.asc());
        order.add(EMPLOYEE.ID.asc());
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE)
                .from(EMPLOYEE).join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(oldCandidateCondition(text, branchIds, except))
                .orderBy(order)
                .offset(offset).limit(limit)
                .fetch(Records.mapping(Colleague::new));
    }

    private static Condition oldCandidateCondition(String text, Set<Long> branchIds, Long except) {
        Condition c = EMPLOYEE.ACTIVE.isTrue();
        if (branchIds != null) {
            c = c.and(branchIds.isEmpty() ? DSL.falseCondition() : EMPLOYEE.BRANCH_ID.in(branchIds));
        }
        if (except != null) {
            c = c.and(EMPLOYEE.ID.ne(except));
        }
        if (text != null && !text.isBlank()) {
            c = c.and(EMPLOYEE.FULL_NAME.like("%" + text.strip() + "%"));
        }
        return c;
    }

    private List<RecognitionGap> oldGaps(Set<Long> branchIds, Long except, LocalDateTime cutoff, int offset,
            int limit) {
        Field<LocalDateTime> last = DSL.max(RECOGNITION_RECIPIENT.CREATED_AT);
        return oldGapSelect(branchIds, except, cutoff)
                .orderBy(last.asc().nullsFirst(), EMPLOYEE.FULL_NAME, EMPLOYEE.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new RecognitionGap(new Colleague(r.value1(), r.value2(), r.value3(), r.value4()),
                        r.value5()));
    }

    private org.jooq.SelectHavingConditionStep<org.jooq.Record5<Long, String, String, String, LocalDateTime>>
            oldGapSelect(Set<Long> branchIds, Long except, LocalDateTime cutoff) {
        Field<LocalDateTime> last = DSL.max(RECOGNITION_RECIPIENT.CREATED_AT);
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE, last)
                .from(EMPLOYEE).join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .leftJoin(RECOGNITION_RECIPIENT).on(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                .where(oldCandidateCondition(null, branchIds, except))
                .groupBy(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, BRANCH.CODE, EMPLOYEE.JOB_TITLE)
                .having(last.isNull().or(last.lt(cutoff)));
    }

    private List<PersonRank> oldPersonTallies(long branchId, LocalDateTime from, LocalDateTime to, int limit) {
        Field<Integer> received = DSL.field(DSL.selectCount().from(RECOGNITION_RECIPIENT)
                .where(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(EMPLOYEE.ID)).and(RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId))
                .and(RECOGNITION_RECIPIENT.CREATED_AT.ge(from)).and(RECOGNITION_RECIPIENT.CREATED_AT.lt(to)))
                .as("received");
        Map<Long, Integer> praiseCounts = praise.countByPerson(branchId, from, to);
        Field<Integer> praised = countOf(EMPLOYEE.ID, praiseCounts).as("praised");
        Table<?> t = DSL.select(EMPLOYEE.ID, EMPLOYEE.FULL_NAME, RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT, received,
                        praised)
                .from(EMPLOYEE).leftJoin(RECOGNITION_PREFERENCE).on(RECOGNITION_PREFERENCE.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                .where(EMPLOYEE.ACTIVE.isTrue())
                .and(DSL.exists(DSL.selectOne().from(RECOGNITION_RECIPIENT)
                                .where(RECOGNITION_RECIPIENT.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                                .and(RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId)))
                        .or(praiseCounts.isEmpty() ? DSL.falseCondition() : EMPLOYEE.ID.in(praiseCounts.keySet())))
                .asTable("tally");
        Field<Long> id = t.field(EMPLOYEE.ID);
        Field<String> name = t.field(EMPLOYEE.FULL_NAME);
        Field<Boolean> optOut = t.field(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT);
        Field<Integer> r = t.field("received", Integer.class);
        Field<Integer> p = t.field("praised", Integer.class);
        return dsl.select(id, name, optOut, r, p).from(t)
                .where(r.gt(0).or(p.gt(0)))
                .orderBy(p.desc(), r.desc(), name, id)
                .limit(limit)
                .fetch(x -> Boolean.TRUE.equals(x.value3()) ? new PersonRank(0, null, null, x.value4(), x.value5())
                        : new PersonRank(0, x.value1(), x.value2(), x.value4(), x.value5()));
    }

    private static Field<Integer> countOf(Field<Long> id, Map<Long, Integer> counts) {
        if (counts.isEmpty()) {
            return DSL.inline(0);
        }
        List<Map.Entry<Long, Integer>> entries = new ArrayList<>(counts.entrySet());
        org.jooq.CaseWhenStep<Long, Integer> when = DSL.choose(id)
                .when(DSL.inline(entries.get(0).getKey()), DSL.inline(entries.get(0).getValue()));
        for (Map.Entry<Long, Integer> e : entries.subList(1, entries.size())) {
            when = when.when(DSL.inline(e.getKey()), DSL.inline(e.getValue()));
        }
        return when.otherwise(DSL.inline(0));
    }
}
