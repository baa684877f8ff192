package org.advocacy.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may recognise whom, who sees private entries, managers' scope, applause and feed paging. */
class RecognitionServiceTest extends RecognitionTestSupport {

    private long employeeOf(String email) {
        signIn.as(email);
        long id = org.ownProfile().orElseThrow().id();
        signIn.out();
        return id;
    }

    
    private Branch branch(String code) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn.as(SignIn.ADMIN);
        try {
            return org.branchByCode(code).orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void peer(boolean on) {
        signIn.as(SignIn.HR);
        recognition.setPeerRecognition(on);
        signIn.out();
    }

    private long give(String as, Set<Long> to, Visibility visibility, String message) {
        long value = valueId();
        signIn.as(as);
        try {
            return recognition.recognise(new RecognitionData(to, Set.of(value), message, visibility));
        } finally {
            signIn.out();
        }
    }

    private static String marker() {
        return "test " + UUID.randomUUID();
    }

    @Test
    void aManagerRecognisesPeopleOfTheirBranchButNotOfOthers() {
        peer(false);
        try {
            long lan = employeeOf(SignIn.EMPLOYEE);
            long id = give(SignIn.MANAGER, Set.of(lan), Visibility.BRANCH, marker());
            assertThat(id).isPositive();
            Employee saigon = someoneIn("SG01");
            assertThatThrownBy(() -> give(SignIn.MANAGER, Set.of(saigon.id()), Visibility.BRANCH, marker()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            peer(true);
        }
    }

    @Test
    void employeesRecogniseColleaguesOnlyWithPeerRecognitionOn() {
        Employee colleague = someoneIn("SG01");
        peer(false);
        try {
            signIn.as(SignIn.EMPLOYEE);
            assertThat(recognition.canRecognise()).isFalse();
            assertThat(recognition.countRecipients(null)).isZero();
            signIn.out();
            assertThatThrownBy(() -> give(SignIn.EMPLOYEE, Set.of(colleague.id()), Visibility.COMPANY, marker()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            peer(true);
        }
        signIn.as(SignIn.EMPLOYEE);
        assertThat(recognition.canRecognise()).isTrue();
        assertThat(recognition.recipients(colleague.fullName(), 0, 50)).extracting(Colleague::employeeId)
                .contains(colleague.id());
        signIn.out();
        assertThat(give(SignIn.EMPLOYEE, Set.of(colleague.id()), Visibility.COMPANY, marker())).isPositive();
    }

    @Test
    void nobodyRecognisesThemselvesNorAppearsAsTheirOwnCandidate() {
        long lan = employeeOf(SignIn.EMPLOYEE);
        long minh = employeeOf(SignIn.MANAGER);
        assertThatThrownBy(() -> give(SignIn.EMPLOYEE, Set.of(lan), Visibility.COMPANY, marker()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).messageKey()).isEqualTo("recognition.error.self"));
        assertThatThrownBy(() -> give(SignIn.MANAGER, Set.of(minh, lan), Visibility.COMPANY, marker()))
                .isInstanceOf(ValidationException.class);
        signIn.as(SignIn.MANAGER);
        assertThat(recognition.recipients("Lê Quang Minh", 0, 50)).extracting(Colleague::employeeId).doesNotContain(minh);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        long lan = employeeOf(SignIn.EMPLOYEE);
        signIn.as(SignIn.MANAGER);
        int before = recognition.profileEntryCount(lan);
        assertThatThrownBy(() -> recognition.recognise(new RecognitionData(Set.of(lan), Set.of(), "Good", Visibility.BRANCH)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> recognition.recognise(new RecognitionData(Set.of(lan), Set.of(-1L), "Good", Visibility.BRANCH)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> recognition.recognise(new RecognitionData(Set.of(lan), Set.of(valueIdAsManager()), " ",
                Visibility.BRANCH))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> recognition.recognise(new RecognitionData(Set.of(lan), Set.of(valueIdAsManager()),
                "x".repeat(1001), Visibility.BRANCH))).isInstanceOf(ValidationException.class);
        assertThat(recognition.profileEntryCount(lan)).isEqualTo(before);
    }

    private long valueIdAsManager() {
        return companyValues.values(true).get(0).id();
    }

    @Test
    void privateRecognitionIsSeenOnlyByRecipientTheirManagersAndTheGiver() {
        long lan = employeeOf(SignIn.EMPLOYEE);
        String text = marker();
        long id = give(SignIn.MANAGER, Set.of(lan), Visibility.PRIVATE, text);
        Branch hn01 = branch("HN01");

        for (String who : List.of(SignIn.EMPLOYEE, SignIn.MANAGER, SignIn.HR, SignIn.LEADER)) {
            signIn.as(who);
            assertThat(recognition.feed(null, 0, 200)).extracting(FeedItem::id).as("company feed of " + who).doesNotContain(id);
            assertThat(recognition.feed(hn01.id(), 0, 200)).extracting(FeedItem::id).as("branch feed of " + who)
                    .doesNotContain(id);
            signIn.out();
        }
        signIn.as(SignIn.EMPLOYEE); // the recipient
        assertThat(recognition.profileEntries(null, 0, 50)).extracting(FeedItem::message).contains(text);
        signIn.as(SignIn.MANAGER); // the giver and manager
        assertThat(recognition.profileEntries(lan, 0, 50)).extracting(FeedItem::message).contains(text);
        signIn.as(SignIn.HR); // may open the profile, but is not concerned by the private entry
        assertThat(recognition.profileEntries(lan, 0, 200)).extracting(FeedItem::id).doesNotContain(id);
        assertThatThrownBy(() -> recognition.applaud(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersAndColleaguesOfOtherBranchesDoNotOpenProfilesOrBranchFeeds() {
        long lan = employeeOf(SignIn.EMPLOYEE);
        Employee saigon = someoneIn("SG01");
        Branch sg01 = branch("SG01");
        Branch hn01 = branch("HN01");
        signIn.as(SignIn.MANAGER);
        assertThatThrownBy(() -> recognition.profile(saigon.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recognition.feed(sg01.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(recognition.profile(lan).person().fullName()).isEqualTo("Trần Thị Lan");
        assertThat(leaderboards.gaps(60, 0, 500)).allSatisfy(g -> assertThat(g.person().branchCode()).isEqualTo("HN01"));
        assertThatThrownBy(() -> leaderboards.peopleLeaderboard(sg01.id(), java.time.YearMonth.now()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> recognition.profile(saigon.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recognition.feed(sg01.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(recognition.feedCount(hn01.id())).isPositive(); // own branch
        assertThatThrownBy(() -> leaderboards.gaps(60, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recognition.setPeerRecognition(false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void branchEntriesStayInTheirBranchFeedAndCompanyEntriesAreEverywhere() {
        long lan = employeeOf(SignIn.EMPLOYEE);
        long branchOnly = give(SignIn.MANAGER, Set.of(lan), Visibility.BRANCH, marker());
        long company = give(SignIn.MANAGER, Set.of(lan), Visibility.COMPANY, marker());
        Branch hn01 = branch("HN01");
        signIn.as(SignIn.EMPLOYEE);
        List<Long> company0 = recognition.feed(null, 0, 20).stream().map(FeedItem::id).toList();
        assertThat(company0).contains(company).doesNotContain(branchOnly);
        assertThat(recognition.feed(hn01.id(), 0, 20)).extracting(FeedItem::id).contains(company, branchOnly);
    }

    @Test
    void applauseCountsOncePerPerson() {
        long lan = employeeOf(SignIn.EMPLOYEE);
        long id = give(SignIn.MANAGER, Set.of(lan), Visibility.COMPANY, marker());
        signIn.as(SignIn.HR);
        assertThat(recognition.applaud(id)).isTrue();
        assertThat(recognition.applaud(id)).isFalse();
        FeedItem item = recognition.feed(null, 0, 50).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        assertThat(item.applause()).isEqualTo(1);
        assertThat(item.applaudedByMe()).isTrue();
        signIn.as(SignIn.LEADER);
        item = recognition.feed(null, 0, 50).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        assertThat(item.applaudedByMe()).isFalse();
        assertThat(recognition.applaud(id)).isTrue();
        item = recognition.feed(null, 0, 50).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        assertThat(item.applause()).isEqualTo(2);
        assertThat(item.applaudedByMe()).isTrue();
    }

    @Test
    void theFeedPagesNewestFirstWithoutGapsOrRepeats() {
        signIn.as(SignIn.LEADER);
        int total = recognition.feedCount(null);
        assertThat(total).isGreaterThan(100); // 18 months of demo history
        List<FeedItem> ten = recognition.feed(null, 20, 10);
        List<FeedItem> pages = new java.util.ArrayList<>(recognition.feed(null, 20, 5));
        pages.addAll(recognition.feed(null, 25, 5));
        assertThat(pages).extracting(FeedItem::id).containsExactlyElementsOf(ten.stream().map(FeedItem::id).toList());
        List<FeedItem> first = recognition.feed(null, 0, 50);
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i - 1).createdAt()).isAfterOrEqualTo(first.get(i).createdAt());
        }
        assertThat(first).filteredOn(f -> !f.praise()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.visibility()).isEqualTo(Visibility.COMPANY);
            assertThat(f.values()).isNotEmpty();
            assertThat(f.recipients()).isNotEmpty();
        });
        // approved customer praise joins the company feed: one praised person, the praise text, no giver or values
        assertThat(first).filteredOn(FeedItem::praise).isNotEmpty().allSatisfy(f -> {
            assertThat(f.recipients()).hasSize(1);
            assertThat(f.message()).isNotBlank();
            assertThat(f.giverName()).isNull();
            assertThat(f.values()).isEmpty();
        });
        assertThat(recognition.feed(null, total, 10)).isEmpty();
    }

    @Test
    void theDemoHasMoreRecognitionWhereTheCultureIsStronger() {
        signIn.as(SignIn.LEADER);
        java.time.YearMonth now = java.time.YearMonth.now();
        java.util.Map<String, double[]> sum = new java.util.HashMap<>();
        for (int m = 1; m <= 12; m++) {
            for (BranchRank b : leaderboards.branchLeaderboard(now.minusMonths(m))) {
                sum.computeIfAbsent(b.code(), k -> new double[1])[0] += b.perHead();
            }
        }
        // SG02 (culture 0.85) against DN02 (0.25): far more recognition per head over a year
        assertThat(sum.get("SG02")[0]).isGreaterThan(2 * sum.get("DN02")[0]);
    }
}
