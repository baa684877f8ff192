package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.advocacy.feedback.CustomerMonths.BranchMonth;
import org.advocacy.feedback.CustomerMonths.Figures;
import org.advocacy.feedback.PraiseStatus;
import org.advocacy.kernel.stats.NetScore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind {@code CustomerMonths}: customer answers and approved praise summed per branch and month. */
@Repository
public class CustomerMonthsQuery {

    private static final PraiseStatus APPROVED = PraiseStatus.APPROVED;

    private final DSLContext dsl;

    CustomerMonthsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition where(Collection<Long> branchIds, LocalDate from, LocalDate to) {
        var f = CUSTOMER_FEEDBACK;
        Condition where = branchIds == null ? DSL.trueCondition() : f.BRANCH_ID.in(branchIds);
        return from == null ? where : where.and(f.LOCAL_DATE.between(from, to));
    }

    public Map<BranchMonth, Figures> figures(Collection<Long> branchIds, LocalDate from, LocalDate to) {
        var f = CUSTOMER_FEEDBACK;
        Field<Integer> year = DSL.year(f.LOCAL_DATE);
        Field<Integer> month = DSL.month(f.LOCAL_DATE);
        Map<BranchMonth, Figures> out = new HashMap<>();
        dsl.select(f.BRANCH_ID, year, month,
                        DSL.sum(DSL.when(f.NPS.ge((short) NetScore.PROMOTER_MIN), 1).otherwise(0)).cast(Integer.class),
                        DSL.sum(DSL.when(f.NPS.between((short) NetScore.PASSIVE_MIN, (short) NetScore.PASSIVE_MAX), 1)
                                .otherwise(0)).cast(Integer.class),
                        DSL.sum(DSL.when(f.NPS.le((short) NetScore.DETRACTOR_MAX), 1).otherwise(0)).cast(Integer.class),
                        DSL.count(f.CSAT), DSL.coalesce(DSL.sum(f.CSAT), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class),
                        DSL.sum(DSL.when(f.CSAT.ge((short) 4), 1).otherwise(0)).cast(Integer.class),
                        DSL.count(f.CES), DSL.coalesce(DSL.sum(f.CES), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class))
                .from(f).where(where(branchIds, from, to)).groupBy(f.BRANCH_ID, year, month)
                .forEach(r -> out.put(new BranchMonth(r.value1(), YearMonth.of(r.value2(), r.value3())),
                        new Figures(r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                                r.value10(), r.value11())));
        return out;
    }

    public Map<BranchMonth, Integer> approvedPraise(Collection<Long> branchIds, LocalDate from, LocalDate to) {
        var f = CUSTOMER_FEEDBACK;
        Field<Integer> year = DSL.year(f.LOCAL_DATE);
        Field<Integer> mon = DSL.month(f.LOCAL_DATE);
        Map<BranchMonth, Integer> out = new HashMap<>();
        dsl.select(f.BRANCH_ID, year, mon, DSL.count()).from(f)
                .where(f.PRAISE_STATUS.eq(APPROVED)).and(where(branchIds, from, to)).groupBy(f.BRANCH_ID, year, mon)
                .forEach(r -> out.put(new BranchMonth(r.value1(), YearMonth.of(r.value2(), r.value3())), r.value4()));
        return out;
    }

    public int approvedPraiseCount(long branchId, LocalDate from, LocalDate to) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.BRANCH_ID.eq(branchId)
                .and(CUSTOMER_FEEDBACK.LOCAL_DATE.between(from, to))
                .and(CUSTOMER_FEEDBACK.PRAISE_STATUS.eq(APPROVED)));
    }

    public Optional<Long> branchOf(long feedbackId) {
        return dsl.select(CUSTOMER_FEEDBACK.BRANCH_ID).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.ID.eq(feedbackId)).fetchOptional(CUSTOMER_FEEDBACK.BRANCH_ID);
    }
}
