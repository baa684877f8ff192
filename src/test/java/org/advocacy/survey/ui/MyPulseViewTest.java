package org.advocacy.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_PARTICIPATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocacy.survey.Cadence;
import org.advocacy.survey.Driver;
import org.advocacy.survey.ProgramData;
import org.advocacy.survey.PulseAnswerService;
import org.advocacy.survey.PulseProgramService;
import org.advocacy.test.KaribuTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An employee answers an open pulse on "My pulse"; a second try is kindly refused. */
class MyPulseViewTest extends KaribuTest {

    @Autowired
    PulseProgramService pulsePrograms;
    @Autowired
    PulseAnswerService pulseAnswers;
    @Autowired
    DSLContext dsl;

    private long openRound() {
        signIn.as(SignIn.HR);
        long program = pulsePrograms.createProgram(new ProgramData("Karibu pulse", Cadence.MONTHLY, 7, LocalDate.of(2030, 1, 1),
                Set.of(), Set.of(), List.of(Driver.library("team").orElseThrow()), true));
        long round = pulsePrograms.openRoundNow(program);
        signIn.out();
        return round;
    }

    @Test
    void anEmployeeAnswersInAFewTapsAndThenSeesItAnswered() {
        long round = openRound();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(MyPulseView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("pulse-anonymity")).getText())
                .isEqualTo(en("survey.my.anonymity", 5, 10));
        // submit without a score: asked to choose one, nothing stored
        _click(_get(Button.class, spec -> spec.withId("pulse-submit-" + round)));
        NotificationsKt.expectNotifications(en("survey.my.chooseScore"));
        _click(_get(Button.class, spec -> spec.withId("pulse-score-" + round + "-9")));
        _click(_get(Button.class, spec -> spec.withId("pulse-driver-" + round + "-team-4")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("pulse-comment-" + round));
        _setValue(comment, "Rất vui");
        assertThat(comment.getHelperText()).isEqualTo("7/500");
        _click(_get(Button.class, spec -> spec.withId("pulse-submit-" + round)));
        NotificationsKt.expectNotifications(en("survey.my.thanks"));
        assertThat(dsl.fetchCount(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID.eq(round))).isEqualTo(1);
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round).and(PULSE_ANSWER.SCORE.eq(9))
                .and(PULSE_ANSWER.COMMENT.eq("Rất vui")))).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("pulse-submit-" + round))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(en("survey.my.answered")))).isNotEmpty();
    }

    @Test
    void aSecondTabGetsTheFriendlyAlreadyAnsweredMessage() {
        long round = openRound();
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(MyPulseView.class);
        _click(_get(Button.class, spec -> spec.withId("pulse-score-" + round + "-3")));
        signIn.as(SignIn.EMPLOYEE);
        pulseAnswers.submit(round, new org.advocacy.survey.AnswerData(6, java.util.Map.of(), null)); // the other tab
        _click(_get(Button.class, spec -> spec.withId("pulse-submit-" + round)));
        NotificationsKt.expectNotifications(en("survey.error.alreadyAnswered"));
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round))).isEqualTo(1);
    }

    @Test
    void theCompanyResultOfTheLatestClosedRoundsShows() {
        login(SignIn.EMPLOYEE);
        UI.getCurrent().navigate(MyPulseView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("pulse-company")).getElement()
                .getTextRecursively()).contains(en("survey.my.latest")).contains("eNPS").contains("n = ");
    }
}
