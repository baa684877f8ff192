package org.advocacy.insights.internal;

import static org.advocacy.jooq.Tables.INSIGHTS_CUSTOMER_MONTH;
import static org.advocacy.jooq.Tables.INSIGHTS_RECOGNITION_MONTH;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMonthTotals;
import org.advocacy.feedback.NpsScore;
import org.advocacy.recognition.RecognitionMonthTotals;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The insights rollups as the feedback and recognition modules read them: reads of a few rows per branch and month
 * (primary key ranges), whatever the number of raw answers behind them (issue 13, docs/decisions/0027).
 */
@Component
class RollupTotals implements CustomerMonthTotals, RecognitionMonthTotals {

    private static final Field<Integer> PROMOTERS = DSL.sum(INSIGHTS_CUSTOMER_MONTH.PROMOTERS).cast(Integer.class);
    private static final Field<Integer> PASSIVES = DSL.sum(INSIGHTS_CUSTOMER_MONTH.PASSIVES).cast(Integer.class);
    private static final Field<Integer> DETRACTORS = DSL.sum(INSIGHTS_CUSTOMER_MONTH.DETRACTORS).cast(Integer.class);
    private static final Field<Integer> CSAT_N = DSL.sum(INSIGHTS_CUSTOMER_MONTH.CSAT_N).cast(Integer.class);
    private static final Field<Integer> CSAT_TOP2 = DSL.sum(INSIGHTS_CUSTOMER_MONTH.CSAT_TOP2).cast(Integer.class);
    private static final Field<Integer> CES_N = DSL.sum(INSIGHTS_CUSTOMER_MONTH.CES_N).cast(Integer.class);
    private static final Field<Long> CES_SUM = DSL.sum(INSIGHTS_CUSTOMER_MONTH.CES_SUM).cast(Long.class);

    private final DSLContext dsl;

    RollupTotals(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CustomerMetrics> byMonth(long branchId, YearMonth from, YearMonth to) {
        var t = INSIGHTS_CUSTOMER_MONTH;
        return dsl.select(t.MONTH, PROMOTERS, PASSIVES, DETRACTORS, CSAT_N, CSAT_TOP2, CES_N, CES_SUM).from(t)
                .where(t.BRANCH_ID.eq(branchId)).and(t.MONTH.between(from.toString(), to.toString()))
                .groupBy(t.MONTH).orderBy(t.MONTH)
                .fetch(r -> metrics(r.value1(), r))
                .stream().filter(m -> m.nps().n() > 0).toList();
    }

    @Override
    public CustomerMetrics total(String label, long branchId, YearMonth from, YearMonth to) {
        var t = INSIGHTS_CUSTOMER_MONTH;
        return metrics(label, dsl.select(PROMOTERS, PASSIVES, DETRACTORS, CSAT_N, CSAT_TOP2, CES_N, CES_SUM).from(t)
                .where(t.BRANCH_ID.eq(branchId)).and(t.MONTH.between(from.toString(), to.toString())).fetchSingle());
    }

    private static CustomerMetrics metrics(String label, Record r) {
        int csatN = nz(r.get(CSAT_N));
        int cesN = nz(r.get(CES_N));
        Long cesSum = r.get(CES_SUM);
        return new CustomerMetrics(label, NpsScore.of(nz(r.get(PROMOTERS)), nz(r.get(PASSIVES)), nz(r.get(DETRACTORS))),
                csatN, csatN == 0 ? null : 100.0 * nz(r.get(CSAT_TOP2)) / csatN,
                cesN, cesN == 0 || cesSum == null ? null : (double) cesSum / cesN);
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    @Override
    public Map<Long, int[]> month(YearMonth month, Set<Long> branchIds) {
        var t = INSIGHTS_RECOGNITION_MONTH;
        Map<Long, int[]> out = new HashMap<>();
        if (branchIds != null && branchIds.isEmpty()) {
            return out;
        }
        dsl.select(t.BRANCH_ID, t.RECOGNITIONS, t.PRAISE).from(t).where(t.MONTH.eq(month.toString()))
                .and(branchIds == null ? DSL.noCondition() : t.BRANCH_ID.in(branchIds))
                .forEach(r -> {
                    if (r.value2() > 0 || r.value3() > 0) {
                        out.put(r.value1(), new int[] {r.value2(), r.value3()});
                    }
                });
        return out;
    }
}
