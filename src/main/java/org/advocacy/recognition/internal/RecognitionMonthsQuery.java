package org.advocacy.recognition.internal;

import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.advocacy.recognition.RecognitionMonths.BranchMonth;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind {@code RecognitionMonths}: recognition received per branch and organisation-time month. */
@Repository
public class RecognitionMonthsQuery {

    private final DSLContext dsl;

    RecognitionMonthsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<BranchMonth, Integer> received(Collection<Long> branchIds, YearMonth from, YearMonth to, ZoneId zone) {
        var rr = RECOGNITION_RECIPIENT;
        Condition inBranches = branchIds == null ? DSL.trueCondition() : rr.BRANCH_ID.in(branchIds);
        YearMonth first = from;
        YearMonth last = to;
        if (first == null) {
            Record span = dsl.select(DSL.min(rr.CREATED_AT), DSL.max(rr.CREATED_AT)).from(rr).where(inBranches).fetchOne();
            LocalDateTime min = span.get(0, LocalDateTime.class);
            LocalDateTime max = span.get(1, LocalDateTime.class);
            first = min == null ? null : YearMonth.from(min.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
            last = max == null ? null : YearMonth.from(max.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
        }
        Map<BranchMonth, Integer> out = new HashMap<>();
        if (first != null) {
            Field<String> month = monthOf(rr.CREATED_AT, first, last, zone);
            dsl.select(rr.BRANCH_ID, month, DSL.count()).from(rr)
                    .where(inBranches).and(rr.CREATED_AT.ge(utcStart(first, zone)))
                    .and(rr.CREATED_AT.lt(utcStart(last.plusMonths(1), zone)))
                    .groupBy(rr.BRANCH_ID, month)
                    .forEach(r -> out.merge(new BranchMonth(r.value1(), YearMonth.parse(r.value2())), r.value3(),
                            Integer::sum));
        }
        return out;
    }

    public int receivedCount(long branchId, YearMonth month, ZoneId zone) {
        return dsl.fetchCount(RECOGNITION_RECIPIENT, RECOGNITION_RECIPIENT.BRANCH_ID.eq(branchId)
                .and(RECOGNITION_RECIPIENT.CREATED_AT.ge(utcStart(month, zone)))
                .and(RECOGNITION_RECIPIENT.CREATED_AT.lt(utcStart(month.plusMonths(1), zone))));
    }

    /** The organisation-time month of a UTC timestamp, as a CASE over the months' UTC boundaries (exact with DST). */
    private static Field<String> monthOf(Field<LocalDateTime> at, YearMonth first, YearMonth last, ZoneId zone) {
        CaseConditionStep<String> c = null;
        for (YearMonth m = first; m.isBefore(last); m = m.plusMonths(1)) {
            Condition before = at.lt(utcStart(m.plusMonths(1), zone));
            c = c == null ? DSL.when(before, DSL.inline(m.toString())) : c.when(before, DSL.inline(m.toString()));
        }
        return c == null ? DSL.inline(last.toString()) : c.otherwise(DSL.inline(last.toString()));
    }

    private static LocalDateTime utcStart(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
