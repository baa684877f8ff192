package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_PARTICIPATION;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM;

import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

/** How far a round has come: how many took part (a count only, never who), and its program's name. */
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

    public String programName(long programId) {
        return dsl.select(PULSE_PROGRAM.NAME).from(PULSE_PROGRAM).where(PULSE_PROGRAM.ID.eq(programId))
                .fetchOne(PULSE_PROGRAM.NAME);
    }
}
