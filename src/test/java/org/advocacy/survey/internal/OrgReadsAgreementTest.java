package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
import static org.advocacy.jooq.Tables.PULSE_ROUND_AUDIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.advocacy.kernel.stats.NetScore;
import org.advocacy.org.StaffAudience;
import org.advocacy.security.BranchScope;
import org.advocacy.survey.ReleaseBuilder;
import org.advocacy.test.PortalTest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Survey no longer joins org's {@code branch}, {@code department} and {@code employee} (decision 0047): it reads
 * them through {@code OrgDirectory} and {@code StaffAudience} and merges in Java. The anonymity figures must not move,
 * so on the demo's data each read gives what the join it replaced gives, written here as that join (a test may name
 * another module's tables).
 */
@PortalTest
class OrgReadsAgreementTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ReleaseRepository releases;
    @Autowired
    PulseRepository pulses;
    @Autowired
    StaffAudience staff;

    @Test
    void theAtomsOfEveryRoundAreThoseTheJoinToBranchGave() {
        List<Long> rounds = dsl.selectDistinct(PULSE_ANSWER.ROUND_ID).from(PULSE_ANSWER)
                .where(PULSE_ANSWER.ROUND_ID.isNotNull()).fetch(PULSE_ANSWER.ROUND_ID);
        assertThat(rounds).as("the demo has answered rounds").isNotEmpty();
        for (long round : rounds) {
            var promoters = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.ge(NetScore.PROMOTER_MIN), 1).otherwise(0)).cast(Integer.class);
            var passives = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.between(NetScore.PASSIVE_MIN, NetScore.PASSIVE_MAX), 1)
                    .otherwise(0)).cast(Integer.class);
            var detractors = DSL.sum(DSL.when(PULSE_ANSWER.SCORE.le(NetScore.DETRACTOR_MAX), 1).otherwise(0)).cast(Integer.class);
            List<String> joined = dsl.select(PULSE_ANSWER.BRANCH_ID, BRANCH.REGION, PULSE_ANSWER.DEPARTMENT,
                            PULSE_ANSWER.TENURE_BAND, promoters, passives, detractors)
                    .from(PULSE_ANSWER).join(BRANCH).on(BRANCH.ID.eq(PULSE_ANSWER.BRANCH_ID))
                    .where(PULSE_ANSWER.ROUND_ID.eq(round))
                    .groupBy(PULSE_ANSWER.BRANCH_ID, BRANCH.REGION, PULSE_ANSWER.DEPARTMENT, PULSE_ANSWER.TENURE_BAND)
                    .fetch(r -> r.value1() + "|" + r.value2() + "|" + r.value3() + "|" + r.value4() + "|" + r.value5()
                            + "/" + r.value6() + "/" + r.value7());
            List<String> read = releases.atoms(round, null, null).stream().map(a -> a.branchId() + "|" + a.region()
                    + "|" + a.department() + "|" + a.tenure() + "|" + a.promoters() + "/" + a.passives() + "/"
                    + a.detractors()).toList();
            assertThat(read).as("atoms of round " + round).containsExactlyElementsOf(joined);
        }
    }

    @Test
    void invitedAndAnsweredOfARegionAreThoseTheJoinGave() {
        long round = dsl.select(PULSE_ROUND_AUDIENCE.ROUND_ID).from(PULSE_ROUND_AUDIENCE).limit(1)
                .fetchOne(PULSE_ROUND_AUDIENCE.ROUND_ID);
        Map<String, List<Long>> byRegion = new TreeMap<>();
        dsl.select(BRANCH.REGION, BRANCH.ID).from(BRANCH)
                .forEach(r -> byRegion.computeIfAbsent(r.value1(), x -> new ArrayList<>()).add(r.value2()));
        assertThat(byRegion).hasSizeGreaterThan(1);
        BranchScope some = BranchScope.of(Set.copyOf(byRegion.values().iterator().next().subList(0, 1)));
        for (BranchScope scope : List.of(BranchScope.ALL, some)) {
            for (var e : byRegion.entrySet()) {
                Condition scoped = scope.all() ? DSL.noCondition() : PULSE_ROUND_AUDIENCE.BRANCH_ID.in(scope.branchIds());
                Integer invited = dsl.select(DSL.coalesce(DSL.sum(PULSE_ROUND_AUDIENCE.INVITED), java.math.BigDecimal.ZERO))
                        .from(PULSE_ROUND_AUDIENCE).join(BRANCH).on(BRANCH.ID.eq(PULSE_ROUND_AUDIENCE.BRANCH_ID))
                        .where(PULSE_ROUND_AUDIENCE.ROUND_ID.eq(round)).and(scoped).and(BRANCH.REGION.eq(e.getKey()))
                        .fetchOne(0, Integer.class);
                assertThat(pulses.invited(round, scope, e.getValue(), null)).contains(invited);
                int answered = dsl.fetchCount(dsl.selectOne().from(PULSE_ANSWER).join(BRANCH)
                        .on(BRANCH.ID.eq(PULSE_ANSWER.BRANCH_ID)).where(PULSE_ANSWER.ROUND_ID.eq(round))
                        .and(scope.all() ? DSL.noCondition() : PULSE_ANSWER.BRANCH_ID.in(scope.branchIds()))
                        .and(BRANCH.REGION.eq(e.getKey())));
                assertThat(pulses.answeredCount(round, scope, e.getValue(), null)).isEqualTo(answered);
            }
        }
    }

    @Test
    void theAudienceCountsAreThoseOfTheJoinToEmployee() {
        List<Long> branches = dsl.select(BRANCH.ID).from(BRANCH).orderBy(BRANCH.ID).limit(3).fetch(BRANCH.ID);
        List<Long> departments = dsl.select(DEPARTMENT.ID).from(DEPARTMENT).orderBy(DEPARTMENT.ID).limit(2)
                .fetch(DEPARTMENT.ID);
        List<StaffAudience.Filter> audiences = List.of(StaffAudience.Filter.EVERYONE,
                new StaffAudience.Filter(Set.copyOf(branches), Set.of()),
                new StaffAudience.Filter(Set.of(), Set.copyOf(departments)),
                new StaffAudience.Filter(Set.copyOf(branches), Set.copyOf(departments.subList(0, 1))));
        LocalDate today = LocalDate.now();
        for (StaffAudience.Filter a : audiences) {
            Condition in = EMPLOYEE.ACTIVE.isTrue()
                    .and(a.branchIds().isEmpty() ? DSL.noCondition() : EMPLOYEE.BRANCH_ID.in(a.branchIds()))
                    .and(a.departmentIds().isEmpty() ? DSL.noCondition() : EMPLOYEE.DEPARTMENT_ID.in(a.departmentIds()));
            assertThat(staff.count(a)).isEqualTo(dsl.fetchCount(EMPLOYEE, in)).isPositive();
            assertThat(staff.ids(a)).containsExactlyInAnyOrderElementsOf(
                    dsl.select(EMPLOYEE.ID).from(EMPLOYEE).where(in).fetch(EMPLOYEE.ID));
            assertThat(staff.countsByBranchAndDepartment(a).stream()
                    .map(c -> c.branchId() + "|" + c.department() + "|" + c.count()).toList())
                    .containsExactlyInAnyOrderElementsOf(dsl.select(EMPLOYEE.BRANCH_ID, DEPARTMENT.NAME, DSL.count())
                            .from(EMPLOYEE).join(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)).where(in)
                            .groupBy(EMPLOYEE.BRANCH_ID, DEPARTMENT.NAME)
                            .fetch(r -> r.value1() + "|" + r.value2() + "|" + r.value3()));
            // the submit-time generalisation: every branch × department × band, as the old count of employee rows
            for (long branch : branches) {
                for (String department : new String[] {null, "Trị liệu", "Lễ tân", "Văn phòng điều hành"}) {
                    for (String band : new String[] {null, "<1", "1-3", "3+"}) {
                        Condition where = in.and(EMPLOYEE.BRANCH_ID.eq(branch));
                        if (department != null) {
                            where = where.and(EMPLOYEE.DEPARTMENT_ID.in(DSL.select(DEPARTMENT.ID).from(DEPARTMENT)
                                    .where(DEPARTMENT.NAME.eq(department))));
                        }
                        if (band != null) {
                            LocalDate one = today.minusYears(1);
                            LocalDate three = today.minusYears(3);
                            where = where.and(switch (band) {
                                case "<1" -> EMPLOYEE.HIRE_DATE.gt(one);
                                case "1-3" -> EMPLOYEE.HIRE_DATE.le(one).and(EMPLOYEE.HIRE_DATE.gt(three));
                                default -> EMPLOYEE.HIRE_DATE.le(three);
                            });
                        }
                        assertThat(pulses.audienceSharing(a, branch, department, band, today))
                                .as(branch + " " + department + " " + band).isEqualTo(dsl.fetchCount(EMPLOYEE, where));
                    }
                }
            }
        }
    }
}
