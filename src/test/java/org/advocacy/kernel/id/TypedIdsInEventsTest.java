package org.advocacy.kernel.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.feedback.PraiseApproved;
import org.advocacy.recognition.RecognitionGiven;
import org.advocacy.survey.PulseRoundOpened;
import org.advocacy.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Typed ids travel in the events as the bare numbers they were before (issue 10): what the registry stores is
 * unchanged, so publications stored by an older version are still read, and an account id cannot be read as an
 * employee's or back.
 */
@PortalTest
class TypedIdsInEventsTest {

    @Autowired
    EventSerializer serializer;

    @Test
    void idsAreStoredAsNumbers() {
        RecognitionGiven given = new RecognitionGiven(7, List.of(3L), LocalDateTime.of(2026, 12, 1, 9, 0),
                List.of(EmployeeId.of(41), EmployeeId.of(42)), "Chị Lan", "Cảm ơn");
        String json = serializer.serialize(given).toString();
        assertThat(json).contains("\"recipientEmployeeIds\":[41,42]");
        assertThat(serializer.deserialize(json, RecognitionGiven.class)).isEqualTo(given);

        PulseRoundOpened opened = new PulseRoundOpened(5, 6, LocalDate.of(2026, 12, 9), List.of(AccountId.of(12)));
        assertThat(serializer.serialize(opened).toString()).contains("\"audienceUserIds\":[12]");
    }

    @Test
    void anEventStoredBeforeTheTypesIsReadWithThem() {
        String stored = "{\"feedbackId\":9,\"branchCode\":\"HN01\",\"localDate\":\"2026-11-30\",\"employeeId\":17,"
                + "\"excerpt\":\"Rất tốt\"}";
        PraiseApproved event = serializer.deserialize(stored, PraiseApproved.class);
        assertThat(event.employeeId()).isEqualTo(EmployeeId.of(17));
        String older = "{\"feedbackId\":9,\"branchCode\":\"HN01\",\"localDate\":\"2026-11-30\"}";
        assertThat(serializer.deserialize(older, PraiseApproved.class).employeeId()).isNull();
    }

    @Test
    void theTwoKindsAreNeverEqual() {
        assertThat((Object) AccountId.of(5)).isNotEqualTo(EmployeeId.of(5));
        assertThat(AccountId.of(5)).isEqualTo(AccountId.of(5)).hasToString("account 5");
    }
}
