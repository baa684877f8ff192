package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_RELEASE;
import static org.advocacy.jooq.Tables.PULSE_RELEASE_CELL;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.advocacy.survey.ReleaseBuilder;
import org.advocacy.survey.StaffAdvocacyQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link StaffAdvocacyQuery} from the stored releases: a branch-month adds the branch cells of every release that
 * counts in that month (a round in its close date's month, an imported batch in its own month) and is released only
 * when every one of those cells is released (docs/domain-rules.md#rule-11).
 *
 * <p>One grouped query over the branch cells (the releases of the months by {@code ix_pulse_release_month}, their
 * branch cells by the cell table's primary key, or one branch's cells by {@code ix_pulse_release_cell_branch}): the
 * database returns one row per branch and month, never the cells themselves, so a chain of 1,000 branches with weekly
 * rounds reads a quarter in milliseconds (see the README's insights benchmark).
 */
@Component
class ReleasedStaffAdvocacyQuery implements StaffAdvocacyQuery {

    private static final String BRANCH = ReleaseBuilder.Level.BRANCH.name();

    private final DSLContext dsl;

    ReleasedStaffAdvocacyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BranchStaffMonth> branchMonths(YearMonth from, YearMonth to) {
        return read(from, to, DSL.noCondition());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BranchStaffMonth> branchMonths(YearMonth from, YearMonth to, Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return List.of();
        }
        return read(from, to, PULSE_RELEASE_CELL.BRANCH_ID.in(branchIds));
    }

    @Override
    @Transactional(readOnly = true)
    public ReleasesVersion version(YearMonth from, YearMonth to) {
        var r = PULSE_RELEASE;
        return dsl.select(DSL.count(), DSL.coalesce(DSL.max(r.ID), 0L)).from(r)
                .where(r.PERIOD_MONTH.between(from.toString(), to.toString()))
                .fetchOne(x -> new ReleasesVersion(x.value1(), x.value2()));
    }

    private List<BranchStaffMonth> read(YearMonth from, YearMonth to, Condition branches) {
        var c = PULSE_RELEASE_CELL;
        var r = PULSE_RELEASE;
        Field<Integer> promoters = released(c.PROMOTERS).as("promoters");
        Field<Integer> passives = released(c.PASSIVES).as("passives");
        Field<Integer> detractors = released(c.DETRACTORS).as("detractors");
        // a hidden cell's reason: "min-group" wins over the others (as the screens say it), else any
        Field<Integer> minGroup = DSL.max(DSL.when(c.RELEASED.isFalse().and(c.REASON.eq(ReleaseBuilder.MIN_GROUP)), 1)
                .otherwise(0)).as("min_group");
        Field<String> reason = DSL.min(DSL.when(c.RELEASED.isFalse(), DSL.coalesce(c.REASON, DSL.inline("hidden"))))
                .as("reason");
        return dsl.select(r.PERIOD_MONTH, c.BRANCH_ID, promoters, passives, detractors, minGroup, reason)
                .from(c).join(r).on(r.ID.eq(c.RELEASE_ID))
                .where(r.PERIOD_MONTH.between(from.toString(), to.toString()))
                .and(c.CELL_LEVEL.eq(BRANCH)).and(c.N.gt(0)).and(branches)
                .groupBy(r.PERIOD_MONTH, c.BRANCH_ID)
                .orderBy(r.PERIOD_MONTH, c.BRANCH_ID)
                .fetch(x -> {
                    String why = x.get(minGroup) == 1 ? ReleaseBuilder.MIN_GROUP : x.get(reason);
                    boolean ok = why == null;
                    return new BranchStaffMonth(x.get(c.BRANCH_ID), YearMonth.parse(x.get(r.PERIOD_MONTH)), ok,
                            ok ? x.get(promoters) : 0, ok ? x.get(passives) : 0, ok ? x.get(detractors) : 0, why);
                });
    }

    /** The sum of a count over the released cells only. */
    private static Field<Integer> released(Field<Integer> count) {
        return DSL.coalesce(DSL.sum(DSL.when(PULSE_RELEASE_CELL.RELEASED.isTrue(), count).otherwise(0)),
                DSL.inline(java.math.BigDecimal.ZERO)).cast(Integer.class);
    }
}
