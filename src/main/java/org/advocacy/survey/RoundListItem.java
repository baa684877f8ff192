package org.advocacy.survey;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A round with its participation (answers / invited); no score. {@code opensAt}, {@code closesAt} in UTC. */
public record RoundListItem(long id, long programId, String programName, LocalDateTime opensAt, LocalDateTime closesAt,
        LocalDate closeDate, boolean open, int invited, int answered) {

    public double participation() {
        return invited == 0 ? 0 : (double) answered / invited;
    }
}
