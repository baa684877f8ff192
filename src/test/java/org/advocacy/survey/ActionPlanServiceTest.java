package org.advocacy.survey;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.AUDIT_EVENT;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Action plans: managers for their branches, HR for the company, only after close; employees read theirs. */
@PortalTest
class ActionPlanServiceTest {

    @Autowired
    ActionPlanService plans;
    @Autowired
    PulseProgramService pulsePrograms;
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

    private static ActionPlanData plan(long round, Long branch, String... drivers) {
        return new ActionPlanData(round, branch, List.of(drivers),
                List.of(new ActionPlanData.ActionData("Họp nhóm mỗi tuần", "Lê Minh", LocalDate.of(2027, 1, 15))));
    }

    private RoundListItem closedRound() {
        signIn.as(SignIn.HR);
        return pulsePrograms.rounds(null, 0, 100).stream().filter(r -> !r.open()).findFirst().orElseThrow();
    }

    private long branch(String code) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(code)).fetchSingle().value1();
    }

    @Test
    void managersPlanForTheirBranchHrForTheCompanyAndEmployeesSeeTheirs() {
        RoundListItem round = closedRound();
        String driver = pulsePrograms.programs().stream().filter(p -> p.id() == round.programId()).findFirst().orElseThrow()
                .drivers().getFirst().code();
        long companyPlan = plans.create(plan(round.id(), null, driver));
        long sgPlan = plans.create(plan(round.id(), branch("SG01"), driver));

        signIn.as(SignIn.MANAGER);
        long hnPlan = plans.create(plan(round.id(), branch("HN01"), driver));
        assertThatThrownBy(() -> plans.create(plan(round.id(), branch("SG01"), driver)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.plan.notYourBranch"));
        assertThatThrownBy(() -> plans.create(plan(round.id(), null, driver))).isInstanceOf(ValidationException.class);
        assertThat(plans.plansOfRound(round.id())).extracting(ActionPlan::id).contains(hnPlan, companyPlan)
                .doesNotContain(sgPlan);
        ActionPlan mine = plans.plansOfRound(round.id()).stream().filter(p -> p.id() == hnPlan).findFirst().orElseThrow();
        plans.setStatus(mine.actions().getFirst().id(), ActionStatus.IN_PROGRESS);
        long companyAction = plans.plansOfRound(round.id()).stream().filter(p -> p.id() == companyPlan).findFirst()
                .orElseThrow().actions().getFirst().id();
        assertThatThrownBy(() -> plans.setStatus(companyAction, ActionStatus.DONE)).isInstanceOf(ValidationException.class);

        signIn.as(SignIn.EMPLOYEE); // Lan works in HN01
        assertThat(plans.myPlans()).extracting(ActionPlan::id).contains(hnPlan, companyPlan).doesNotContain(sgPlan);
        assertThat(plans.myPlans()).filteredOn(p -> p.id() == hnPlan).singleElement()
                .satisfies(p -> assertThat(p.actions().getFirst().status()).isEqualTo(ActionStatus.IN_PROGRESS));
        String sgEmployee = dsl.select(APP_USER.EMAIL).from(APP_USER).join(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .where(EMPLOYEE.BRANCH_ID.eq(branch("SG01"))).limit(1).fetchSingle().value1();
        signIn.as(sgEmployee);
        assertThat(plans.myPlans()).extracting(ActionPlan::id).contains(sgPlan, companyPlan).doesNotContain(hnPlan);
    }

    @Test
    void plansNeedAClosedRoundOneOrTwoOwnDriversAndCompleteActions() {
        RoundListItem round = closedRound();
        long open = support.openRound("Plan on open round");
        signIn.as(SignIn.HR);
        assertThatThrownBy(() -> plans.create(plan(open, null, "team"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("survey.plan.roundOpen"));
        assertThatThrownBy(() -> plans.create(plan(round.id(), null, "salary"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plans.create(plan(round.id(), null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plans.create(new ActionPlanData(round.id(), null, List.of("recognition"),
                List.of(new ActionPlanData.ActionData("", "An", null))))).isInstanceOf(ValidationException.class);
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> plans.create(plan(round.id(), null, "recognition")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theDemoHasPlansOnTheLatestClosedRound() {
        signIn.as(SignIn.LEADER);
        RoundListItem latest = pulsePrograms.rounds(null, 0, 100).stream().filter(r -> !r.open())
                .filter(r -> plans.plansOfRound(r.id()).stream().anyMatch(p -> "DN02".equals(p.branchCode())))
                .findFirst().orElseThrow();
        assertThat(plans.plansOfRound(latest.id())).extracting(ActionPlan::branchCode).contains(null, "DN02", "CT01");
    }

    @Test
    void aManagerEditsAndDeletesTheirBranchPlanButNotOthersNorTheCompanys() {
        RoundListItem round = closedRound();
        List<String> codes = pulsePrograms.programs().stream().filter(p -> p.id() == round.programId()).findFirst().orElseThrow()
                .drivers().stream().map(Driver::code).toList();
        long company = plans.create(plan(round.id(), null, codes.get(0)));
        long sg01 = plans.create(plan(round.id(), branch("SG01"), codes.get(0)));
        signIn.out();
        signIn.as(SignIn.MANAGER); // HN01 only
        long own = plans.create(plan(round.id(), branch("HN01"), codes.get(0)));
        long actionId = plans.plansOfRound(round.id()).stream().filter(p -> p.id() == own).findFirst().orElseThrow()
                .actions().getFirst().id();
        plans.setStatus(actionId, ActionStatus.DONE);
        plans.update(own, new ActionPlanData(round.id(), null, List.of(codes.get(1)), List.of(
                new ActionPlanData.ActionData("Họp nhóm mỗi tuần", "Lê Minh", LocalDate.of(2027, 2, 1)),
                new ActionPlanData.ActionData("Thêm người ca cuối tuần", "Trần Lan", LocalDate.of(2027, 3, 1)))));
        ActionPlan edited = plans.plansOfRound(round.id()).stream().filter(p -> p.id() == own).findFirst().orElseThrow();
        assertThat(edited.drivers()).containsExactly(codes.get(1));
        assertThat(edited.branchCode()).isEqualTo("HN01"); // the plan stays on its branch
        assertThat(edited.actions()).extracting(ActionPlan.Action::text)
                .containsExactly("Họp nhóm mỗi tuần", "Thêm người ca cuối tuần");
        assertThat(edited.actions().getFirst().status()).isEqualTo(ActionStatus.DONE); // unchanged text keeps its status
        assertThat(edited.actions().getFirst().dueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        // bad input changes nothing
        assertThatThrownBy(() -> plans.update(own, new ActionPlanData(round.id(), null, List.of(), List.of())))
                .isInstanceOf(ValidationException.class);
        assertThat(plans.plansOfRound(round.id()).stream().filter(p -> p.id() == own).findFirst().orElseThrow().actions())
                .hasSize(2);
        // not another branch's plan, not the company's
        assertThatThrownBy(() -> plans.delete(company)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plans.update(sg01, plan(round.id(), null, codes.get(1)))).isInstanceOf(ValidationException.class);
        plans.delete(own);
        assertThat(plans.plansOfRound(round.id())).extracting(ActionPlan::id).doesNotContain(own).contains(company);
        assertThat(dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.TARGET.eq("plan " + own))).isGreaterThanOrEqualTo(3);
        signIn.out();
        signIn.as(SignIn.HR);
        plans.update(company, plan(round.id(), null, codes.get(1)));
        plans.delete(sg01);
        assertThat(plans.plansOfRound(round.id())).extracting(ActionPlan::id).doesNotContain(sg01);
    }
}
