package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ROUND;

import java.time.YearMonth;
import java.util.List;
import org.advocacy.survey.AnonymityRules;
import org.advocacy.survey.StaffAdvocacyQuery;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interim implementation of {@link StaffAdvocacyQuery} from raw answers with the minimum group only; to be replaced
 * by sums of stored round releases (issue 8).
 */
@Component
class InterimStaffAdvocacyQuery implements StaffAdvocacyQuery {

    private final DSLContext dsl;
    private final AnonymityRules rules;

    InterimStaffAdvocacyQuery(DSLContext dsl, AnonymityRules rules) {
        this.dsl = dsl;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BranchStaffMonth> branchMonths(YearMonth from, YearMonth to) {
        var promoters = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.ge(9), 1).otherwise(0)).cast(Integer.class);
        var passives = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.between(7, 8), 1).otherwise(0)).cast(Integer.class);
        var detractors = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.le(6), 1).otherwise(0)).cast(Integer.class);
        return dsl.select(PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.PERIOD_MONTH, promoters, passives, detractors)
                .from(PULSE_ANSWER).leftJoin(PULSE_ROUND).on(PULSE_ROUND.ID.eq(PULSE_ANSWER.ROUND_ID))
                .where(PULSE_ANSWER.PERIOD_MONTH.between(from.toString(), to.toString()))
                .and(PULSE_ANSWER.ROUND_ID.isNull().or(PULSE_ROUND.STATUS.eq("CLOSED")))
                .groupBy(PULSE_ANSWER.BRANCH_ID, PULSE_ANSWER.PERIOD_MONTH)
                .orderBy(PULSE_ANSWER.PERIOD_MONTH, PULSE_ANSWER.BRANCH_ID)
                .fetch(r -> {
                    int n = r.value3() + r.value4() + r.value5();
                    boolean ok = n >= rules.k();
                    return new BranchStaffMonth(r.value1(), YearMonth.parse(r.value2()), ok,
                            ok ? r.value3() : 0, ok ? r.value4() : 0, ok ? r.value5() : 0, ok ? null : "min-group");
                });
    }
}
