package org.advocacy.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.security.BranchScope;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.Role;
import org.advocacy.survey.internal.ActionPlanRepository;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans after a closed round: HR for the company or any branch, a manager for their own branches. Employees
 * read the plans of the company and of their branch on "My pulse".
 */
@Service
public class ActionPlanService {

    static final int MAX_ACTIONS = 10;

    private final ActionPlanRepository plans;
    private final PulseRepository pulses;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository plans, PulseRepository pulses, OrgService org, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.plans = plans;
        this.pulses = pulses;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(SurveyPermissions.MANAGER_OR_HR)
    @Transactional
    public long create(ActionPlanData data) {
        RoundRow round = pulses.round(data.roundId()).orElseThrow(() -> new ValidationException("round", "survey.error.noRound"));
        if (round.open()) {
            throw new ValidationException("round", "survey.plan.roundOpen");
        }
        BranchScope scope = currentUser.branchScope();
        if (data.branchId() == null ? !currentUser.has(Role.HR) : !scope.includes(data.branchId())) {
            throw new ValidationException("branch", "survey.plan.notYourBranch");
        }
        ActionPlanData clean = validated(round, data.roundId(), data.branchId(), data);
        long id = plans.insert(clean, currentUser.require().email(), LocalDateTime.now(clock));
        audit.record(AuditAction.PULSE_ACTION_PLAN_CHANGED, "plan " + id, String.join(",", clean.drivers()));
        return id;
    }

    private ActionPlanData validated(RoundRow round, long roundId, Long branchId, ActionPlanData data) {
        List<String> allowed = pulses.drivers(round.programId()).stream().map(Driver::code).toList();
        List<String> drivers = data.drivers() == null ? List.of() : data.drivers().stream().distinct().toList();
        if (drivers.isEmpty() || drivers.size() > 2 || !allowed.containsAll(drivers)) {
            throw new ValidationException("drivers", "survey.plan.driversError");
        }
        if (data.actions() == null || data.actions().isEmpty() || data.actions().size() > MAX_ACTIONS) {
            throw new ValidationException("actions", "survey.plan.actions", MAX_ACTIONS);
        }
        List<ActionPlanData.ActionData> actions = new ArrayList<>();
        for (ActionPlanData.ActionData a : data.actions()) {
            String text = a.text() == null ? "" : a.text().strip();
            String owner = a.owner() == null ? "" : a.owner().strip();
            if (text.isEmpty() || owner.isEmpty() || a.dueOn() == null) {
                throw new ValidationException("actions", "survey.plan.actionIncomplete");
            }
            if (text.length() > 500 || owner.length() > 120) {
                throw new ValidationException("actions", "error.tooLong", text.length() > 500 ? 500 : 120);
            }
            actions.add(new ActionPlanData.ActionData(text, owner, a.dueOn()));
        }
        return new ActionPlanData(roundId, branchId, drivers, actions);
    }

    /**
     * Edits a plan's drivers and actions (text, owner, due date); an action kept with the same text keeps its
     * status. Company plans: HR; a branch's plan: HR or a manager of that branch. The round and branch stay.
     */
    @PreAuthorize(SurveyPermissions.MANAGER_OR_HR)
    @Transactional
    public void update(long planId, ActionPlanData data) {
        ActionPlanRepository.PlanRef plan = mayChange(planId);
        RoundRow round = pulses.round(plan.roundId()).orElseThrow(() -> new ValidationException("round", "survey.error.noRound"));
        ActionPlanData clean = validated(round, plan.roundId(), plan.branchId(), data);
        plans.update(planId, clean);
        audit.record(AuditAction.PULSE_ACTION_PLAN_CHANGED, "plan " + planId,
                "edited: " + String.join(",", clean.drivers()) + ", " + clean.actions().size() + " actions");
    }

    /** Deletes a plan with its actions, by the same rule as {@link #update}. */
    @PreAuthorize(SurveyPermissions.MANAGER_OR_HR)
    @Transactional
    public void delete(long planId) {
        mayChange(planId);
        plans.delete(planId);
        audit.record(AuditAction.PULSE_ACTION_PLAN_CHANGED, "plan " + planId, "deleted");
    }

    private ActionPlanRepository.PlanRef mayChange(long planId) {
        ActionPlanRepository.PlanRef plan = plans.plan(planId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        boolean allowed = currentUser.has(Role.HR)
                || (plan.branchId() != null && currentUser.branchScope().includes(plan.branchId()));
        if (!allowed) {
            throw new ValidationException(null, "survey.plan.notYourBranch");
        }
        return plan;
    }

    @PreAuthorize(SurveyPermissions.MANAGER_OR_HR)
    @Transactional
    public void setStatus(long actionId, ActionStatus status) {
        Optional<Long> branch = plans.branchOfAction(actionId)
                .orElseThrow(() -> new ValidationException(null, "error.notFound"));
        boolean allowed = currentUser.has(Role.HR) || branch.map(currentUser.branchScope()::includes).orElse(false);
        if (!allowed) {
            throw new ValidationException(null, "survey.plan.notYourBranch");
        }
        plans.setStatus(actionId, status);
        audit.record(AuditAction.PULSE_ACTION_PLAN_CHANGED, "action " + actionId, status.name());
    }

    /** Plans of a round that the caller may read: company plans and those of branches in scope. */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<ActionPlan> plansOfRound(long roundId) {
        return plans.find(roundId, currentUser.branchScope(), null, 100);
    }

    /**
     * The plans of one branch made on the latest {@code rounds} rounds, with their actions, in one statement and,
     * when there are plans, one more for the branch's code; empty for a branch outside the caller's scope.
     */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<ActionPlan> plansOfBranch(long branchId, int rounds) {
        if (!currentUser.branchScope().includes(branchId)) {
            return List.of();
        }
        return plans.ofBranch(branchId, null, Math.max(1, Math.min(rounds, 50)));
    }

    /** The same for a branch the caller has read already (the insights branch page): one statement. */
    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<ActionPlan> plansOfBranch(Branch branch, int rounds) {
        if (!currentUser.branchScope().includes(branch.id())) {
            return List.of();
        }
        return plans.ofBranch(branch.id(), branch.code(), Math.max(1, Math.min(rounds, 50)));
    }

    /** For "My pulse": the latest plans of the company and of the employee's own branch. */
    @PreAuthorize(SurveyPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ActionPlan> myPlans() {
        Long branch = org.ownProfile().map(Employee::branchId).orElse(null);
        return plans.find(null, BranchScope.NONE, branch, 10);
    }
}
