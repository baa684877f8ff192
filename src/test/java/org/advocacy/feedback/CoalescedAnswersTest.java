package org.advocacy.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.advocacy.feedback.CustomerFeedbackStored.Answer;
import org.advocacy.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * A batch's event folds equal plain answers into one entry with a count (issue 13: a 1,000-answer batch stored a
 * 1,000-entry publication); answers that tell managers something stay entries of their own, and publications stored
 * before the count are read as one answer per entry.
 */
@PortalTest
class CoalescedAnswersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Autowired
    EventSerializer serializer;

    @Test
    void equalPlainAnswersBecomeOneEntryWithTheirCount() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            answers.add(new Answer(1 + i % 2, DAY, i % 11, 1 + i % 5, null)); // 2 branches × 11 × 5 = 110 kinds at most
        }
        answers.add(new Answer(1, DAY, 2, null, null, false, true)); // opened a case
        answers.add(new Answer(1, DAY, 2, null, null, false, true)); // and another, equal: still two entries
        answers.add(new Answer(2, DAY, 10, null, null, true, false)); // praise to moderate

        CustomerFeedbackStored event = CustomerFeedbackStored.of(answers);

        assertThat(event.answers()).hasSizeLessThanOrEqualTo(110 + 3);
        assertThat(event.answers().stream().mapToInt(Answer::times).sum()).as("every answer counted once").isEqualTo(1003);
        assertThat(event.answers().stream().filter(Answer::followUpOpened).toList()).hasSize(2)
                .allSatisfy(a -> assertThat(a.times()).isEqualTo(1));
        assertThat(event.answers().stream().filter(Answer::praiseAwaitsModeration).toList()).hasSize(1);
        assertThat(event.tellsManagers()).isTrue();
        // the answers of one kind keep their number
        assertThat(event.answers().stream().filter(a -> a.branchId() == 1 && a.nps() == 0 && a.csat() == 1)
                .mapToInt(Answer::times).sum())
                .isEqualTo((int) answers.stream().filter(a -> a.branchId() == 1 && a.nps() == 0 && a.csat() != null
                        && a.csat() == 1).count());

        String json = serializer.serialize(event).toString();
        assertThat(serializer.deserialize(json, CustomerFeedbackStored.class)).isEqualTo(event);
    }

    @Test
    void aPublicationStoredBeforeTheCountIsOneAnswerPerEntry() {
        String stored = "{\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"answers\":[{\"branchId\":3,\"localDate\":"
                + "\"2026-11-30\",\"nps\":9,\"csat\":5,\"ces\":null,\"praiseAwaitsModeration\":false,"
                + "\"followUpOpened\":false}]}";
        CustomerFeedbackStored event = serializer.deserialize(stored, CustomerFeedbackStored.class);
        assertThat(event.answers()).singleElement().satisfies(a -> {
            assertThat(a.count()).isNull();
            assertThat(a.times()).isEqualTo(1);
        });
    }
}
