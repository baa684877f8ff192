package db.migration;

import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER_DRIVER;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Copies each existing driver rating's source and stored attributes from its answer (columns added by V0012) in one
 * multi-table UPDATE; new ratings get them when they are inserted.
 */
public class V0013__FillPulseAnswerDriverCells extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        DSL.using(context.getConnection(), SQLDialect.MARIADB)
                .update(PULSE_ANSWER_DRIVER.join(PULSE_ANSWER).on(PULSE_ANSWER.ID.eq(PULSE_ANSWER_DRIVER.ANSWER_ID)))
                .set(PULSE_ANSWER_DRIVER.ROUND_ID, PULSE_ANSWER.ROUND_ID)
                .set(PULSE_ANSWER_DRIVER.BATCH_ID, PULSE_ANSWER.BATCH_ID)
                .set(PULSE_ANSWER_DRIVER.PERIOD_MONTH, PULSE_ANSWER.PERIOD_MONTH)
                .set(PULSE_ANSWER_DRIVER.BRANCH_ID, PULSE_ANSWER.BRANCH_ID)
                .set(PULSE_ANSWER_DRIVER.DEPARTMENT, PULSE_ANSWER.DEPARTMENT)
                .set(PULSE_ANSWER_DRIVER.TENURE_BAND, PULSE_ANSWER.TENURE_BAND)
                .execute();
    }
}
