package org.advocacy.survey;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.NOTIFICATION;
import static org.advocacy.jooq.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.advocacy.test.UniqueCodes;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Answer submitted" (issue 10): each stored answer publishes {@link PulseAnswerSubmitted}, which names the round and
 * nothing about its author; the answer that brings the round to the minimum group k tells every enabled HR account
 * once that the company result can be shown, and no other answer tells anyone.
 */
@PortalTest
class PulseAnswerSubmittedTest {

    @Autowired
    PulseAnswerService pulseAnswers;
    @Autowired
    PulseTestSupport support;
    @Autowired
    AnonymityRules rules;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theEventCarriesNothingThatPointsToThePersonOrTheAnswer() {
        assertThat(Arrays.stream(PulseAnswerSubmitted.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("roundId", "programId", "programName", "closesOn", "minimumGroupReached");
    }

    @Test
    void theAnswerThatReachesTheMinimumGroupTellsHrOnce() {
        String name = "Ready " + UniqueCodes.next();
        long round = support.openRound(name);
        List<Long> hr = dsl.selectDistinct(APP_USER.ID).from(APP_USER).join(USER_ROLE)
                .on(USER_ROLE.USER_ID.eq(APP_USER.ID)).where(USER_ROLE.ROLE.eq("HR")).and(APP_USER.ENABLED.isTrue())
                .fetch(APP_USER.ID);
        assertThat(hr).isNotEmpty();
        List<String> staff = support.staffEmails(rules.k() + 1, 0);
        assertThat(staff).hasSize(rules.k() + 1);

        for (int i = 0; i < staff.size(); i++) {
            signIn.as(staff.get(i));
            pulseAnswers.submit(round, PulseTestSupport.answer(8, null));
            signIn.out();
            int expected = i + 1 >= rules.k() ? 1 : 0;
            for (long user : hr) {
                assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(user)
                        .and(NOTIFICATION.KIND.eq("survey.resultsReady"))
                        .and(NOTIFICATION.MESSAGE_KEY.eq("survey.notice.resultsReady"))
                        .and(NOTIFICATION.LINK.eq("pulse/results"))
                        .and(NOTIFICATION.MESSAGE_ARGS.contains(name))))
                        .as("HR notices after %d answers", i + 1).isEqualTo(expected);
            }
        }
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE_ARGS.contains(name)
                .and(NOTIFICATION.USER_ID.notIn(hr)))).as("nobody else is told").isZero();
    }
}
