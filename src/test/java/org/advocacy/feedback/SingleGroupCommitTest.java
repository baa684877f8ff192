package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.ApiScope;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single answers sent at the same moment are written in groups (issue 13, docs/decisions/0055): whatever groups
 * they fall into, each answer is stored once, a repeated id gets the first answer's id, and a bad answer fails
 * alone without taking the others with it.
 */
@PortalTest
class SingleGroupCommitTest {

    @Autowired
    FeedbackService service;
    @Autowired
    DSLContext dsl;
    @Autowired
    SignIn signIn;

    private final ExecutorService clients = Executors.newFixedThreadPool(24);

    @AfterEach
    void tearDown() {
        clients.shutdownNow();
        signIn.out();
    }

    /** Runs the calls at the same moment, each on its own thread as its own API client or form visitor. */
    private List<Future<SubmitResult>> atOnce(List<Callable<SubmitResult>> calls) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SubmitResult>> out = new ArrayList<>();
        for (Callable<SubmitResult> call : calls) {
            out.add(clients.submit(() -> {
                FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
                try {
                    start.await(10, TimeUnit.SECONDS);
                    return call.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        return out;
    }

    private static SubmitResult result(Future<SubmitResult> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    private int stored(String externalIdPrefix) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(externalIdPrefix));
    }

    @Test
    void answersSentAtOnceAreEachStoredOnceAndABadOneFailsAlone() throws Exception {
        String run = "grp-" + UUID.randomUUID();
        List<Callable<SubmitResult>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String ext = run + "-new-" + i;
            calls.add(() -> service.submitApi(FeedbackTestSupport.api("HN01", 9, ext), "token:g"));
        }
        for (int i = 0; i < 8; i++) {
            int nps = i;
            calls.add(() -> service.submitApi(FeedbackTestSupport.api("HN01", nps, run + "-same"), "token:g"));
        }
        for (int i = 0; i < 4; i++) {
            String ext = run + "-bad-" + i;
            calls.add(() -> service.submitApi(FeedbackTestSupport.api("HN01", 11, ext), "token:g"));
        }
        FeedbackData formA = FeedbackTestSupport.form("HN01", 10);
        FeedbackData formB = FeedbackTestSupport.form("SG01", 2);
        for (FeedbackData form : List.of(formA, formA, formB, formB)) {
            calls.add(() -> service.submitPublic(form, FeedbackOrigin.web("10.7.0.1")));
        }
        List<Future<SubmitResult>> results = atOnce(calls);

        List<Long> newIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SubmitResult r = result(results.get(i));
            assertThat(r.created()).isTrue();
            newIds.add(r.id());
        }
        assertThat(newIds).doesNotHaveDuplicates();
        List<SubmitResult> same = new ArrayList<>();
        for (int i = 8; i < 16; i++) {
            same.add(result(results.get(i)));
        }
        assertThat(same).extracting(SubmitResult::id).containsOnly(same.get(0).id());
        assertThat(same).filteredOn(SubmitResult::created).as("one of the eight stored it").hasSize(1);
        for (int i = 16; i < 20; i++) {
            Future<SubmitResult> bad = results.get(i);
            assertThatThrownBy(() -> result(bad)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ValidationException.class).extracting("messageKey")
                    .isEqualTo("feedback.error.nps");
        }
        for (int pair = 20; pair < 24; pair += 2) {
            SubmitResult a = result(results.get(pair));
            SubmitResult b = result(results.get(pair + 1));
            assertThat(a.id()).isEqualTo(b.id());
            assertThat(a.created() ^ b.created()).as("one of the two clicks stored the form").isTrue();
        }

        assertThat(stored(run + "-new-")).isEqualTo(8);
        assertThat(stored(run + "-same")).isEqualTo(1);
        assertThat(stored(run + "-bad-")).isZero();
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK,
                CUSTOMER_FEEDBACK.SUBMISSION_ID.in(formA.submissionId(), formB.submissionId()))).isEqualTo(2);
    }

    @Test
    void anIdEqualToAStoredOneOnlyInTheDatabasesCollationGetsTheStoredAnswer() throws Exception {
        String run = "grp-" + UUID.randomUUID();
        FeedbackTestSupport.apiClient(null, ApiScope.FEEDBACK_WRITE);
        SubmitResult first = service.submitApi(FeedbackTestSupport.api("HN01", 9, "POS-" + run), "token:g");
        // the stored-id lookup misses it (compared exactly), the database refuses it (compared case-insensitively):
        // the group goes in one by one and this answer takes the stored one's id, next to a new answer of its group
        List<Future<SubmitResult>> results = atOnce(List.of(
                () -> service.submitApi(FeedbackTestSupport.api("HN01", 3, "pos-" + run), "token:g"),
                () -> service.submitApi(FeedbackTestSupport.api("HN01", 7, "new-" + run), "token:g")));
        assertThat(result(results.get(0))).isEqualTo(new SubmitResult(first.id(), false));
        assertThat(result(results.get(1)).created()).isTrue();
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.eq("POS-" + run))).isEqualTo(1);
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.eq("new-" + run))).isEqualTo(1);
    }
}
