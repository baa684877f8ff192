package org.advocacy.survey;

import java.time.LocalDateTime;
import java.util.List;

/** An open round on the employee's "My pulse": the questions, and whether this person has answered already. */
public record OpenRound(long roundId, String programName, LocalDateTime closesAt, List<Driver> drivers,
        boolean withComment, boolean answered) {
}
