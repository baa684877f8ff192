package org.advocacy.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocacy.feedback.PraiseStatus;
import org.advocacy.org.BranchData;
import org.advocacy.org.EmployeeData;
import org.advocacy.org.OrgService;
import org.advocacy.recognition.internal.RecognitionQuery;
import org.advocacy.recognition.internal.RecognitionRepository;
import org.advocacy.security.internal.UserRepository;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.advocacy.test.UniqueCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Gaps and leaderboards on a small fixed data set: a branch of its own with four people (one inactive) and
 * recognition at known times, so every count is known by hand.
 */
@PortalTest
class RecognitionArithmeticTest {

    @Autowired
    OrgService org;
    @Autowired
    RecognitionQuery query;
    @Autowired
    RecognitionRepository repository;
    @Autowired
    CompanyValueService companyValues;
    @Autowired
    UserRepository users;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    /** now = 2030-01-01 00:00 UTC; 2029-12 in Hà Nội time starts 2029-11-30 17:00 UTC. */
    static final LocalDateTime NOW = LocalDateTime.of(2030, 1, 1, 0, 0);

    @Test
    void gapsAndLeaderboardsCountExactly() {
        signIn.as(SignIn.ADMIN);
        String code = "TG" + UniqueCodes.next();
        long branch = org.createBranch(new BranchData(code, "Test " + code, "Huế", "Miền Trung", "Asia/Ho_Chi_Minh", true));
        signIn.as(SignIn.HR);
        long department = org.departments().get(0).id();
        long a = person(code, "a", branch, department, true);
        long b = person(code, "b", branch, department, true);
        long c = person(code, "c", branch, department, true);
        long d = person(code, "d", branch, department, false);
        long giver = users.idOfEmail(SignIn.HR).orElseThrow();
        long value = companyValues.values(true).get(0).id();
        signIn.out();

        // a: 10 days ago and in December; b: 70 days ago (October) and 20 days ago (December); c: never; d: inactive
        repository.insert(giver, "a1", Visibility.BRANCH, Map.of(a, branch), List.of(value), NOW.minusDays(10));
        repository.insert(giver, "b1", Visibility.PRIVATE, Map.of(b, branch), List.of(value), NOW.minusDays(70));
        repository.insert(giver, "ab", Visibility.COMPANY, Map.of(a, branch, b, branch), List.of(value), NOW.minusDays(20));
        repository.setLeaderboardOptOut(b, true);

        // gaps with a 60-day window: b is recognised 20 days ago, so only c (never) is a gap
        assertThat(query.gaps(Set.of(branch), null, NOW.minusDays(60), 0, 50)).extracting(g -> g.person().employeeId())
                .containsExactly(c);
        // a 15-day window: c (never) first, then b (last 20 days ago); a (10 days ago) is fine, d is inactive
        assertThat(query.gaps(Set.of(branch), null, NOW.minusDays(15), 0, 50)).extracting(g -> g.person().employeeId())
                .containsExactly(c, b);
        assertThat(query.countGaps(Set.of(branch), null, NOW.minusDays(15))).isEqualTo(2);
        assertThat(query.gaps(Set.of(branch), c, NOW.minusDays(15), 0, 50)).extracting(g -> g.person().employeeId())
                .containsExactly(b); // the viewer is never their own gap

        // December 2029 (Hà Nội): a twice, b once = 3 received by 3 active staff = 1.0 per head
        LocalDateTime from = LocalDateTime.of(2029, 11, 30, 17, 0);
        LocalDateTime to = LocalDateTime.of(2029, 12, 31, 17, 0);
        BranchRank tally = query.branchTallies(Set.of(branch), from, to).get(0);
        assertThat(tally.headcount()).isEqualTo(3);
        assertThat(tally.recognitions()).isEqualTo(3);
        assertThat(tally.perHead()).isCloseTo(1.0, within(1e-9));
        List<PersonRank> people = LeaderboardService.rankPeople(query.personTallies(branch, from, to, 50));
        assertThat(people).containsExactly(new PersonRank(1, a, "Person a " + code, 2), new PersonRank(2, null, null, 1));
        // October: only b's private entry, still counted (counts never show messages)
        assertThat(query.branchTallies(Set.of(branch), LocalDateTime.of(2029, 9, 30, 17, 0),
                LocalDateTime.of(2029, 10, 31, 17, 0)).get(0).recognitions()).isEqualTo(1);
    }

    private long person(String code, String name, long branch, long department, boolean active) {
        return org.createEmployee(new EmployeeData("Person " + name + " " + code, name + "." + code.toLowerCase() + "@test.vn",
                branch, department, "Tester", LocalDate.of(2020, 5, 1), false, active));
    }

    /** Customer praise as the feedback feature stores it (moderation state included). */
    private long praise(long branch, long employee, PraiseStatus status, LocalDateTime submitted) {
        return dsl.insertInto(CUSTOMER_FEEDBACK).set(CUSTOMER_FEEDBACK.BRANCH_ID, branch)
                .set(CUSTOMER_FEEDBACK.NPS, (short) 10).set(CUSTOMER_FEEDBACK.EMPLOYEE_ID, employee)
                .set(CUSTOMER_FEEDBACK.PRAISE, "praise " + status).set(CUSTOMER_FEEDBACK.PRAISE_STATUS, status)
                .set(CUSTOMER_FEEDBACK.CONTACT_NAME, "Secret Customer").set(CUSTOMER_FEEDBACK.CONTACT_CONSENT, true)
                .set(CUSTOMER_FEEDBACK.SUBMITTED_AT, submitted).set(CUSTOMER_FEEDBACK.LOCAL_DATE, submitted.toLocalDate())
                .set(CUSTOMER_FEEDBACK.CHANNEL, "WEB").set(CUSTOMER_FEEDBACK.CREATED_AT, submitted)
                .returning(CUSTOMER_FEEDBACK.ID).fetchOne(CUSTOMER_FEEDBACK.ID);
    }

    @Test
    void approvedPraiseCountsOnLeaderboardsAndInTheFeedPendingAndHiddenNever() {
        signIn.as(SignIn.ADMIN);
        String code = "TP" + UniqueCodes.next();
        long branch = org.createBranch(new BranchData(code, "Test " + code, "Huế", "Miền Trung", "Asia/Ho_Chi_Minh", true));
        signIn.as(SignIn.HR);
        long department = org.departments().get(0).id();
        long a = person(code, "a", branch, department, true);
        long b = person(code, "b", branch, department, true);
        long c = person(code, "c", branch, department, true);
        person(code, "d", branch, department, false);
        signIn.out();

        // December 2029 (Hà Nội): a praised twice (approved) and once hidden; b once approved (opted out);
        // c only pending; one approved for a in November (another month)
        praise(branch, a, PraiseStatus.APPROVED, NOW.minusDays(10));
        praise(branch, a, PraiseStatus.APPROVED, NOW.minusDays(20));
        praise(branch, a, PraiseStatus.HIDDEN, NOW.minusDays(5));
        praise(branch, b, PraiseStatus.APPROVED, NOW.minusDays(3));
        praise(branch, c, PraiseStatus.PENDING, NOW.minusDays(2));
        praise(branch, a, PraiseStatus.APPROVED, NOW.minusDays(40));
        repository.setLeaderboardOptOut(b, true);

        LocalDateTime from = LocalDateTime.of(2029, 11, 30, 17, 0);
        LocalDateTime to = LocalDateTime.of(2029, 12, 31, 17, 0);
        BranchRank tally = query.branchTallies(Set.of(branch), from, to).get(0);
        assertThat(tally.headcount()).isEqualTo(3);
        assertThat(tally.recognitions()).isZero();
        assertThat(tally.praise()).isEqualTo(3);
        assertThat(tally.perHead()).isCloseTo(1.0, within(1e-9)); // (0 recognition + 3 praise) / 3 staff
        assertThat(LeaderboardService.rankPeople(query.personTallies(branch, from, to, 50)))
                .containsExactly(new PersonRank(1, a, "Person a " + code, 0, 2), new PersonRank(2, null, null, 0, 1));

        // the branch's praise feed: the four approved entries, newest first; the hidden and pending ones never
        var none = DSL.falseCondition();
        assertThat(query.count(none, query.praiseFeed(branch))).isEqualTo(4);
        List<FeedItem> feed = query.page(none, query.praiseFeed(branch),
                new org.advocacy.recognition.internal.Viewer(-1, null, null, Set.of()), List.of(), 0, 10);
        assertThat(feed).extracting(FeedItem::message).containsOnly("praise APPROVED");
        assertThat(feed).extracting(FeedItem::createdAt).containsExactly(NOW.minusDays(3), NOW.minusDays(10),
                NOW.minusDays(20), NOW.minusDays(40));
        assertThat(feed).allSatisfy(f -> assertThat(f.toString()).doesNotContain("Secret Customer"));
        assertThat(query.praiseTimes(query.praiseOf(a))).hasSize(3);
        assertThat(query.praiseTimes(query.praiseOf(c))).isEmpty();
    }

    @Test
    void branchesRankByRecognitionPerHeadAndEqualRatesShareARank() {
        List<BranchRank> ranked = LeaderboardService.rankBranches(List.of(
                new BranchRank(0, 3, "C", "big", 30, 10, 10 / 30.0),
                new BranchRank(0, 4, "D", "empty", 0, 0, 0),
                new BranchRank(0, 2, "B", "tiny", 2, 1, 0.5),
                new BranchRank(0, 1, "A", "small", 4, 2, 0.5)));
        assertThat(ranked).extracting(BranchRank::code).containsExactly("A", "B", "C", "D");
        assertThat(ranked).extracting(BranchRank::rank).containsExactly(1, 1, 3, 4);
    }

    @Test
    void theNextWorkAnniversaryIsTheNextDateOnOrAfterToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(RecognitionService.nextAnniversary(LocalDate.of(2020, 12, 1), today)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(RecognitionService.nextAnniversary(LocalDate.of(2020, 11, 23), today)).isEqualTo(today);
        assertThat(RecognitionService.nextAnniversary(LocalDate.of(2020, 1, 5), today)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(RecognitionService.nextAnniversary(LocalDate.of(2026, 11, 23), today)).isEqualTo(LocalDate.of(2027, 11, 23));
        assertThat(RecognitionService.nextAnniversary(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 3, 1)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
