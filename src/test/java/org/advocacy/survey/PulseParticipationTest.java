package org.advocacy.survey;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.DEPARTMENT;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.advocacy.jooq.Tables.PULSE_ROUND_AUDIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Participation (answers / invited) per branch in the caller's scope, from the audience stored when the round opens. */
@PortalTest
class PulseParticipationTest {

    @Autowired
    PulseAnswerService pulseAnswers;
    @Autowired
    PulseResultsService pulseResults;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    PulseTestSupport support;

    @AfterEach
    void out() {
        signIn.out();
    }

    private int activeIn(String branchCode) {
        return dsl.fetchCount(EMPLOYEE.join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID)),
                EMPLOYEE.ACTIVE.isTrue().and(branchCode == null ? DSL.noCondition() : BRANCH.CODE.eq(branchCode)));
    }

    @Test
    void aManagerSeesTheParticipationOfTheirBranchNotOfTheCompany() {
        long round = support.openRound("Participation per branch");
        int company = activeIn(null);
        int hn01 = activeIn("HN01");
        assertThat(hn01).isPositive().isLessThan(company);
        // the stored audience holds counts per branch and department that add up to the company
        assertThat(dsl.select(DSL.sum(PULSE_ROUND_AUDIENCE.INVITED)).from(PULSE_ROUND_AUDIENCE)
                .where(PULSE_ROUND_AUDIENCE.ROUND_ID.eq(round)).fetchOne(0, Integer.class)).isEqualTo(company);

        signIn.as(SignIn.EMPLOYEE); // lan.tran, HN01
        Employee lan = org.ownProfile().orElseThrow();
        pulseAnswers.submit(round, PulseTestSupport.answer(9, null));
        signIn.out();
        String otherBranchStaff = dsl.select(APP_USER.EMAIL).from(APP_USER)
                .join(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .join(BRANCH).on(BRANCH.ID.eq(EMPLOYEE.BRANCH_ID))
                .where(BRANCH.CODE.ne("HN01")).and(EMPLOYEE.ACTIVE.isTrue())
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.EMAIL.notIn(SignIn.MANAGER, SignIn.HR, SignIn.LEADER, SignIn.ADMIN))
                .orderBy(EMPLOYEE.ID).limit(1).fetchSingle().value1();
        signIn.as(otherBranchStaff);
        pulseAnswers.submit(round, PulseTestSupport.answer(3, null));
        signIn.out();

        signIn.as(SignIn.MANAGER); // manages HN01 only
        PulseResults manager = pulseResults.results(ResultsRequest.round(round));
        assertThat(manager.invited()).isEqualTo(hn01);
        assertThat(manager.answered()).isEqualTo(1);
        // a branch outside the manager's scope gives nothing, not the company
        PulseResults outside = pulseResults.results(ResultsRequest.round(round).withBranch("SG01"));
        assertThat(outside.invited()).isZero();
        assertThat(outside.answered()).isZero();
        signIn.out();

        signIn.as(SignIn.HR);
        PulseResults hr = pulseResults.results(ResultsRequest.round(round));
        assertThat(hr.invited()).isEqualTo(company);
        assertThat(hr.answered()).isEqualTo(2);
        PulseResults hrHn01 = pulseResults.results(ResultsRequest.round(round).withBranch("HN01"));
        assertThat(hrHn01.invited()).isEqualTo(hn01);
        assertThat(hrHn01.answered()).isEqualTo(1);
        int inDepartment = dsl.fetchCount(EMPLOYEE.join(DEPARTMENT).on(DEPARTMENT.ID.eq(EMPLOYEE.DEPARTMENT_ID)),
                EMPLOYEE.ACTIVE.isTrue().and(DEPARTMENT.NAME.eq(lan.departmentName())));
        PulseResults department = pulseResults.results(ResultsRequest.round(round).withDepartment(lan.departmentName()));
        assertThat(department.invited()).isEqualTo(inDepartment);
        // below a branch an open round shows no answer count (ADR 0010, rule 8: participation per branch and above;
        // stored rows may carry a generalised department, rule 13), even though Lan of this department answered
        assertThat(department.answered()).isZero();
        assertThat(department.suppressed()).isEqualTo(SegmentGuard.Reason.ROUND_OPEN);
        assertThat(department.shown()).isFalse();
    }
}
