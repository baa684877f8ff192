package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_PARTICIPATION;

import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

/** How far a round has come: how many took part (a count only, never who). */
@Repository
public class RoundProgressQuery {

    private final DSLContext dsl;

    RoundProgressQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Participations of the round, read in the caller's transaction (its own new row included). */
    public int participants(long roundId) {
        return dsl.fetchCount(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID.eq(roundId));
    }
}
