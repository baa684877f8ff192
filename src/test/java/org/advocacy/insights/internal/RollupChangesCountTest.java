package org.advocacy.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.CustomerFeedbackStored.Answer;
import org.advocacy.insights.CustomerCounts;
import org.advocacy.insights.internal.RollupRepository.Cell;
import org.junit.jupiter.api.Test;

/** An entry that stands for several equal answers adds all of them to its cell (issue 13). */
class RollupChangesCountTest {

    @Test
    void aCountedEntryAddsAsManyAnswersAsTheOnesItStandsFor() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        List<Answer> one = List.of(new Answer(4, day, 9, 5, 6), new Answer(4, day, 9, 5, 6), new Answer(4, day, 9, 5, 6),
                new Answer(4, day, 3, 2, null), new Answer(4, day, 7, null, 2));
        CustomerCounts byOne = RollupChanges.customer(new CustomerFeedbackStored(one)).customer()
                .get(new Cell(4, YearMonth.of(2026, 12)));
        CustomerCounts folded = RollupChanges.customer(CustomerFeedbackStored.of(one)).customer()
                .get(new Cell(4, YearMonth.of(2026, 12)));

        assertThat(CustomerFeedbackStored.of(one).answers()).hasSize(3);
        assertThat(folded).isEqualTo(byOne).isEqualTo(new CustomerCounts(3, 1, 1, 4, 17, 3, 4, 20));
    }
}
