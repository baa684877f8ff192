package db.migration;

import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_IMPORT_BATCH;
import static org.advocacy.jooq.Tables.PULSE_ROUND;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Copies each existing driver rating's source and stored attributes from its answer (columns added by V0012), one
 * round or import batch at a time, each committed on its own: a single UPDATE of millions of ratings would hold more
 * row locks than the buffer pool can keep (on the benchmark data one UPDATE ran 40 minutes and was rolled back near 2 million). Re-running it
 * skips what is done. New ratings get the values when they are inserted.
 */
public class V0013__FillPulseAnswerDriverCells extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) {
        DSLContext dsl = DSL.using(context.getConnection(), SQLDialect.MARIADB);
        for (Long round : dsl.select(PULSE_ROUND.ID).from(PULSE_ROUND).fetch(PULSE_ROUND.ID)) {
            fill(dsl, PULSE_ANSWER.ROUND_ID.eq(round));
        }
        for (Long batch : dsl.select(PULSE_IMPORT_BATCH.ID).from(PULSE_IMPORT_BATCH).fetch(PULSE_IMPORT_BATCH.ID)) {
            fill(dsl, PULSE_ANSWER.BATCH_ID.eq(batch));
        }
    }

    private static void fill(DSLContext dsl, Condition answers) {
        dsl.update(PULSE_ANSWER_DRIVER.join(PULSE_ANSWER).on(PULSE_ANSWER.ID.eq(PULSE_ANSWER_DRIVER.ANSWER_ID)))
                .set(PULSE_ANSWER_DRIVER.ROUND_ID, PULSE_ANSWER.ROUND_ID)
                .set(PULSE_ANSWER_DRIVER.BATCH_ID, PULSE_ANSWER.BATCH_ID)
                .set(PULSE_ANSWER_DRIVER.PERIOD_MONTH, PULSE_ANSWER.PERIOD_MONTH)
                .set(PULSE_ANSWER_DRIVER.BRANCH_ID, PULSE_ANSWER.BRANCH_ID)
                .set(PULSE_ANSWER_DRIVER.DEPARTMENT, PULSE_ANSWER.DEPARTMENT)
                .set(PULSE_ANSWER_DRIVER.TENURE_BAND, PULSE_ANSWER.TENURE_BAND)
                .where(answers).and(PULSE_ANSWER_DRIVER.BRANCH_ID.isNull())
                .execute();
    }
}
