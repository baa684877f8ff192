package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.NpsScore;
import org.advocacy.kernel.stats.NetScore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Customer NPS, CSAT % and CES mean aggregated in SQL: for a branch and period, per touchpoint, per month. */
@Repository
public class MetricsQuery {

    private static final Field<Integer> PROMOTERS = DSL.sum(DSL.when(CUSTOMER_FEEDBACK.NPS.ge((short) NetScore.PROMOTER_MIN), 1).otherwise(0))
            .cast(Integer.class).as("promoters");
    private static final Field<Integer> PASSIVES = DSL.sum(DSL.when(CUSTOMER_FEEDBACK.NPS.between((short) NetScore.PASSIVE_MIN, (short) NetScore.PASSIVE_MAX), 1)
            .otherwise(0)).cast(Integer.class).as("passives");
    private static final Field<Integer> DETRACTORS = DSL.sum(DSL.when(CUSTOMER_FEEDBACK.NPS.le((short) NetScore.DETRACTOR_MAX), 1).otherwise(0))
            .cast(Integer.class).as("detractors");
    private static final Field<Integer> CSAT_N = DSL.count(CUSTOMER_FEEDBACK.CSAT).as("csat_n");
    private static final Field<Integer> CSAT_TOP = DSL.sum(DSL.when(CUSTOMER_FEEDBACK.CSAT.ge((short) 4), 1).otherwise(0))
            .cast(Integer.class).as("csat_top");
    private static final Field<Integer> CES_N = DSL.count(CUSTOMER_FEEDBACK.CES).as("ces_n");
    private static final Field<BigDecimal> CES_MEAN = DSL.avg(CUSTOMER_FEEDBACK.CES).as("ces_mean");

    private final DSLContext dsl;

    MetricsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition where(long branchId, LocalDate from, LocalDate toExclusive) {
        return CUSTOMER_FEEDBACK.BRANCH_ID.eq(branchId).and(CUSTOMER_FEEDBACK.LOCAL_DATE.ge(from))
                .and(CUSTOMER_FEEDBACK.LOCAL_DATE.lt(toExclusive));
    }

    public CustomerMetrics branch(String label, long branchId, LocalDate from, LocalDate toExclusive) {
        Record r = dsl.select(PROMOTERS, PASSIVES, DETRACTORS, CSAT_N, CSAT_TOP, CES_N, CES_MEAN).from(CUSTOMER_FEEDBACK)
                .where(where(branchId, from, toExclusive)).fetchSingle();
        return map(label, r);
    }

    public List<CustomerMetrics> byTouchpoint(long branchId, LocalDate from, LocalDate toExclusive) {
        Field<String> tp = DSL.coalesce(CUSTOMER_FEEDBACK.TOUCHPOINT, DSL.inline("")).as("tp");
        return dsl.select(tp, PROMOTERS, PASSIVES, DETRACTORS, CSAT_N, CSAT_TOP, CES_N, CES_MEAN).from(CUSTOMER_FEEDBACK)
                .where(where(branchId, from, toExclusive)).groupBy(tp).orderBy(tp)
                .fetch(r -> map(r.get(tp), r));
    }

    /** One row per month that has answers, "yyyy-MM" labels, oldest first. */
    public List<CustomerMetrics> byMonth(long branchId, LocalDate from, LocalDate toExclusive) {
        Field<String> month = DSL.field("DATE_FORMAT({0}, '%Y-%m')", String.class, CUSTOMER_FEEDBACK.LOCAL_DATE).as("m");
        return dsl.select(month, PROMOTERS, PASSIVES, DETRACTORS, CSAT_N, CSAT_TOP, CES_N, CES_MEAN).from(CUSTOMER_FEEDBACK)
                .where(where(branchId, from, toExclusive)).groupBy(month).orderBy(month)
                .fetch(r -> map(r.get(month), r));
    }

    private static CustomerMetrics map(String label, Record r) {
        int p = nz(r.get(PROMOTERS));
        int pa = nz(r.get(PASSIVES));
        int d = nz(r.get(DETRACTORS));
        int csatN = nz(r.get(CSAT_N));
        int cesN = nz(r.get(CES_N));
        Double csatPct = csatN == 0 ? null : 100.0 * nz(r.get(CSAT_TOP)) / csatN;
        Double cesMean = cesN == 0 || r.get(CES_MEAN) == null ? null : r.get(CES_MEAN).doubleValue();
        return new CustomerMetrics(label, NpsScore.of(p, pa, d), csatN, csatPct, cesN, cesMean);
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
