package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_RELEASE;
import static org.advocacy.jooq.Tables.PULSE_RELEASE_DRIVER;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.survey.BranchDriverQuery;
import org.advocacy.survey.Driver;
import org.advocacy.survey.ReleaseBuilder;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BranchDriverQuery} from the stored releases only: one grouped query over the branch's driver cells of the
 * releases counting in the months (through {@code ix_pulse_release_driver_branch}); a driver with a hidden cell among
 * them is dropped, as the results screens drop such a figure.
 */
@Component
class ReleasedBranchDriverQuery implements BranchDriverQuery {

    private final DSLContext dsl;

    ReleasedBranchDriverQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DriverScore> drivers(long branchId, YearMonth from, YearMonth to) {
        var d = PULSE_RELEASE_DRIVER;
        var r = PULSE_RELEASE;
        Field<Integer> hidden = DSL.max(DSL.when(d.RELEASED.isFalse(), 1).otherwise(0)).as("hidden");
        Field<Integer> s1 = sum(d.S1, "s1");
        Field<Integer> s2 = sum(d.S2, "s2");
        Field<Integer> s3 = sum(d.S3, "s3");
        Field<Integer> s4 = sum(d.S4, "s4");
        Field<Integer> s5 = sum(d.S5, "s5");
        var rows = dsl.select(d.DRIVER_CODE, hidden, s1, s2, s3, s4, s5)
                .from(d).join(r).on(r.ID.eq(d.RELEASE_ID))
                .where(d.CELL_LEVEL.eq(ReleaseBuilder.Level.BRANCH.name())).and(d.BRANCH_ID.eq(branchId))
                .and(d.N.gt(0)).and(r.PERIOD_MONTH.between(from.toString(), to.toString()))
                .groupBy(d.DRIVER_CODE)
                .fetch();
        Map<String, Driver> texts = new HashMap<>();
        List<String> custom = rows.stream().map(x -> x.get(d.DRIVER_CODE)).filter(c -> Driver.library(c).isEmpty())
                .toList();
        if (!custom.isEmpty()) {
            dsl.select(PULSE_DRIVER.CODE, PULSE_DRIVER.TEXT_EN, PULSE_DRIVER.TEXT_VI).from(PULSE_DRIVER)
                    .where(PULSE_DRIVER.CODE.in(custom)).orderBy(PULSE_DRIVER.PROGRAM_ID.desc())
                    .forEach(x -> texts.putIfAbsent(x.value1(), new Driver(x.value1(), x.value2(), x.value3())));
        }
        return rows.stream().filter(x -> x.get(hidden) == 0)
                .map(x -> {
                    int[] s = {x.get(s1), x.get(s2), x.get(s3), x.get(s4), x.get(s5)};
                    int n = s[0] + s[1] + s[2] + s[3] + s[4];
                    String code = x.get(d.DRIVER_CODE);
                    Driver driver = Driver.library(code).orElseGet(() -> texts.getOrDefault(code,
                            new Driver(code, code, code)));
                    double mean = n == 0 ? 0 : (s[0] + 2.0 * s[1] + 3.0 * s[2] + 4.0 * s[3] + 5.0 * s[4]) / n;
                    return new DriverScore(driver, n, mean, n == 0 ? 0 : 100.0 * (s[3] + s[4]) / n);
                })
                .filter(x -> x.n() > 0)
                .sorted(Comparator.comparingDouble(DriverScore::mean).reversed()
                        .thenComparing(x -> x.driver().code()))
                .toList();
    }

    private static Field<Integer> sum(Field<Integer> f, String alias) {
        return DSL.coalesce(DSL.sum(f), DSL.inline(BigDecimal.ZERO)).cast(Integer.class).as(alias);
    }
}
