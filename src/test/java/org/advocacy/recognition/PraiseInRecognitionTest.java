package org.advocacy.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackOrigin;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.PraiseService;
import org.advocacy.org.OrgService;
import org.advocacy.test.InsightsEvents;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Approved customer praise joins the recognition feed, the profile and the leaderboards; pending and hidden praise
 * never does, and the branch scope of feeds still holds.
 */
@PortalTest
class PraiseInRecognitionTest {

    @Autowired
    RecognitionService recognition;
    @Autowired
    LeaderboardService leaderboards;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PraiseService praise;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void out() {
        signIn.out();
    }

    private long submit(String branch, long employeeId, String text, int ip) {
        return feedback.submitPublic(FeedbackData.ofForm(branch, 10, 5, 7, "treatment", feedback.staffToken(branch, employeeId), text,
                null, "Khách Hàng Bí Mật", "0901234567", "khach@example.vn", true, UUID.randomUUID().toString(), ""),
                FeedbackOrigin.web("10.55.0." + ip)).id();
    }

    private record Snapshot(int companyFeed, int hn01Feed, int sg01Feed, int profileEntries, int praiseTotal,
            int praiseThisMonth, YearMonth month, BranchRank hn01, PersonRank lan) {
    }

    private Snapshot snapshot(long lan, long hn01, long sg01) {
        InsightsEvents.awaitProcessed(dsl); // the leaderboard reads the monthly rollups (issue 13)
        signIn.as(SignIn.HR);
        int company = recognition.feedCount(null);
        int hn = recognition.feedCount(hn01);
        int sg = recognition.feedCount(sg01);
        RecognitionProfile profile = recognition.profile(lan);
        int entries = recognition.profileEntryCount(lan);
        YearMonth month = profile.byMonth().getLast().month();
        BranchRank branch = leaderboards.branchLeaderboard(month).stream().filter(b -> b.branchId() == hn01)
                .findFirst().orElseThrow();
        signIn.as(SignIn.MANAGER);
        PersonRank person = leaderboards.peopleLeaderboard(hn01, month).stream()
                .filter(p -> p.employeeId() != null && p.employeeId() == lan).findFirst().orElse(null);
        signIn.out();
        return new Snapshot(company, hn, sg, entries, profile.praiseTotal(), profile.byMonth().getLast().praise(), month,
                branch, person);
    }

    @Test
    void onlyApprovedPraiseJoinsFeedProfileAndLeaderboards() {
        signIn.as(SignIn.EMPLOYEE);
        long lan = org.ownProfile().orElseThrow().id();
        leaderboards.setLeaderboardOptOut(false);
        signIn.as(SignIn.HR);
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        long sg01 = org.branchByCode("SG01").orElseThrow().id();
        signIn.out();

        Snapshot before = snapshot(lan, hn01, sg01);
        String approvedText = "Chị Lan chăm sóc rất tận tình " + UUID.randomUUID();
        long approved = submit("HN01", lan, approvedText, 1);
        long hidden = submit("HN01", lan, "Lời khen sẽ bị ẩn " + UUID.randomUUID(), 2);
        long pending = submit("HN01", lan, "Lời khen còn chờ duyệt " + UUID.randomUUID(), 3);

        // nothing shows while everything is pending
        Snapshot waiting = snapshot(lan, hn01, sg01);
        assertThat(waiting.companyFeed()).isEqualTo(before.companyFeed());
        assertThat(waiting.hn01Feed()).isEqualTo(before.hn01Feed());
        assertThat(waiting.praiseTotal()).isEqualTo(before.praiseTotal());
        assertThat(waiting.hn01().praise()).isEqualTo(before.hn01().praise());

        signIn.as(SignIn.MANAGER);
        praise.approve(approved);
        praise.hide(hidden, "Không phải lời khen thật");
        signIn.out();

        Snapshot after = snapshot(lan, hn01, sg01);
        // exactly one more entry: the approved praise (the hidden and the pending one stay out)
        assertThat(after.companyFeed()).isEqualTo(before.companyFeed() + 1);
        assertThat(after.hn01Feed()).isEqualTo(before.hn01Feed() + 1);
        assertThat(after.sg01Feed()).isEqualTo(before.sg01Feed());
        assertThat(after.profileEntries()).isEqualTo(before.profileEntries() + 1);
        assertThat(after.praiseTotal()).isEqualTo(before.praiseTotal() + 1);
        assertThat(after.praiseThisMonth()).isEqualTo(before.praiseThisMonth() + 1);
        assertThat(after.hn01().praise()).isEqualTo(before.hn01().praise() + 1);
        assertThat(after.hn01().recognitions()).isEqualTo(before.hn01().recognitions());
        assertThat(after.hn01().perHead()).isCloseTo(
                (double) (after.hn01().recognitions() + after.hn01().praise()) / after.hn01().headcount(), within(1e-9));
        assertThat(after.lan()).isNotNull();
        assertThat(after.lan().praise()).isEqualTo(before.lan() == null ? 1 : before.lan().praise() + 1);

        // the entry, newest first, in the company feed, HN01's feed and on Lan's profile; never in SG01's feed
        signIn.as(SignIn.HR);
        FeedItem entry = recognition.feed(null, 0, 20).stream()
                .filter(i -> i.praise() && i.id() == approved).findFirst().orElseThrow();
        assertThat(entry.message()).isEqualTo(approvedText);
        assertThat(entry.giverName()).isNull();
        assertThat(entry.values()).isEmpty();
        assertThat(entry.recipients()).singleElement().satisfies(c -> {
            assertThat(c.employeeId()).isEqualTo(lan);
            assertThat(c.branchCode()).isEqualTo("HN01");
        });
        assertThat(entry.toString()).doesNotContain("Khách Hàng Bí Mật", "0901234567", "khach@example.vn");
        List<FeedItem> all = recognition.feed(null, 0, 200);
        assertThat(all).filteredOn(FeedItem::praise).extracting(FeedItem::id).doesNotContain(hidden, pending);
        assertThat(recognition.feed(hn01, 0, 20)).filteredOn(FeedItem::praise).extracting(FeedItem::id)
                .contains(approved).doesNotContain(hidden, pending);
        assertThat(recognition.feed(sg01, 0, 200)).filteredOn(FeedItem::praise).extracting(FeedItem::id)
                .doesNotContain(approved);
        assertThat(recognition.profileEntries(lan, 0, 20)).filteredOn(FeedItem::praise).extracting(FeedItem::id)
                .contains(approved).doesNotContain(hidden, pending);
        // pages of the mixed feed are newest first and do not overlap
        List<FeedItem> first = recognition.feed(null, 0, 7);
        List<FeedItem> second = recognition.feed(null, 7, 7);
        assertThat(first).hasSize(7);
        assertThat(first.getLast().createdAt()).isAfterOrEqualTo(second.getFirst().createdAt());
        assertThat(first).doesNotContainAnyElementsOf(second);

        // branch scope still holds: the employee reads her own branch's feed (with the praise), not another's
        signIn.as(SignIn.EMPLOYEE);
        assertThat(recognition.feed(hn01, 0, 20)).filteredOn(FeedItem::praise).extracting(FeedItem::id).contains(approved);
        assertThatThrownBy(() -> recognition.feed(sg01, 0, 20)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recognition.feedCount(sg01)).isInstanceOf(AccessDeniedException.class);
        // the opt-out hides her name on the people leaderboard but keeps her counts
        leaderboards.setLeaderboardOptOut(true);
        signIn.as(SignIn.MANAGER);
        List<PersonRank> people = leaderboards.peopleLeaderboard(hn01, after.month());
        assertThat(people).extracting(PersonRank::employeeId).doesNotContain(lan);
        assertThat(people).filteredOn(PersonRank::hidden).extracting(PersonRank::praise).contains(after.lan().praise());
        signIn.as(SignIn.EMPLOYEE);
        leaderboards.setLeaderboardOptOut(false);
    }
}
