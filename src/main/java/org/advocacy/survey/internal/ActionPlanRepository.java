package org.advocacy.survey.internal;

import static org.advocacy.jooq.Tables.PULSE_ACTION;
import static org.advocacy.jooq.Tables.PULSE_ACTION_PLAN;
import static org.advocacy.jooq.Tables.PULSE_PROGRAM;
import static org.advocacy.jooq.Tables.PULSE_ROUND;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.BranchScope;
import org.advocacy.survey.ActionPlan;
import org.advocacy.survey.ActionPlanData;
import org.advocacy.survey.ActionStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to action plans and their actions; the branches' codes come from {@link OrgDirectory} (decision 0047). */
@Repository
public class ActionPlanRepository {

    private final DSLContext dsl;
    private final OrgDirectory directory;

    ActionPlanRepository(DSLContext dsl, OrgDirectory directory) {
        this.dsl = dsl;
        this.directory = directory;
    }

    public long insert(ActionPlanData d, String createdBy, LocalDateTime now) {
        long id = dsl.insertInto(PULSE_ACTION_PLAN).set(PULSE_ACTION_PLAN.ROUND_ID, d.roundId())
                .set(PULSE_ACTION_PLAN.BRANCH_ID, d.branchId()).set(PULSE_ACTION_PLAN.DRIVERS, String.join(",", d.drivers()))
                .set(PULSE_ACTION_PLAN.CREATED_BY, createdBy).set(PULSE_ACTION_PLAN.CREATED_AT, now)
                .returningResult(PULSE_ACTION_PLAN.ID).fetchOne(PULSE_ACTION_PLAN.ID);
        for (ActionPlanData.ActionData a : d.actions()) {
            dsl.insertInto(PULSE_ACTION).set(PULSE_ACTION.PLAN_ID, id).set(PULSE_ACTION.TEXT, a.text())
                    .set(PULSE_ACTION.OWNER, a.owner()).set(PULSE_ACTION.DUE_ON, a.dueOn())
                    .set(PULSE_ACTION.STATUS, ActionStatus.PLANNED).execute();
        }
        return id;
    }

    /** A plan's round and branch (null = company plan). */
    public record PlanRef(long id, long roundId, Long branchId) {
    }

    public Optional<PlanRef> plan(long planId) {
        return dsl.select(PULSE_ACTION_PLAN.ID, PULSE_ACTION_PLAN.ROUND_ID, PULSE_ACTION_PLAN.BRANCH_ID).from(PULSE_ACTION_PLAN)
                .where(PULSE_ACTION_PLAN.ID.eq(planId)).forUpdate()
                .fetchOptional(Records.mapping(PlanRef::new));
    }

    /** Replaces the drivers and actions; an action with an unchanged text keeps its status. */
    public void update(long planId, ActionPlanData d) {
        Map<String, ActionStatus> statusByText = new HashMap<>();
        dsl.select(PULSE_ACTION.TEXT, PULSE_ACTION.STATUS).from(PULSE_ACTION).where(PULSE_ACTION.PLAN_ID.eq(planId))
                .forEach(r -> statusByText.put(r.value1(), r.value2()));
        dsl.update(PULSE_ACTION_PLAN).set(PULSE_ACTION_PLAN.DRIVERS, String.join(",", d.drivers()))
                .where(PULSE_ACTION_PLAN.ID.eq(planId)).execute();
        dsl.deleteFrom(PULSE_ACTION).where(PULSE_ACTION.PLAN_ID.eq(planId)).execute();
        for (ActionPlanData.ActionData a : d.actions()) {
            dsl.insertInto(PULSE_ACTION).set(PULSE_ACTION.PLAN_ID, planId).set(PULSE_ACTION.TEXT, a.text())
                    .set(PULSE_ACTION.OWNER, a.owner()).set(PULSE_ACTION.DUE_ON, a.dueOn())
                    .set(PULSE_ACTION.STATUS, statusByText.getOrDefault(a.text(), ActionStatus.PLANNED)).execute();
        }
    }

    public void delete(long planId) {
        dsl.deleteFrom(PULSE_ACTION).where(PULSE_ACTION.PLAN_ID.eq(planId)).execute();
        dsl.deleteFrom(PULSE_ACTION_PLAN).where(PULSE_ACTION_PLAN.ID.eq(planId)).execute();
    }

    /** The plan's branch id of an action (empty Optional inside = company plan); empty when there is no such action. */
    public Optional<Optional<Long>> branchOfAction(long actionId) {
        return dsl.select(PULSE_ACTION_PLAN.BRANCH_ID).from(PULSE_ACTION).join(PULSE_ACTION_PLAN)
                .on(PULSE_ACTION_PLAN.ID.eq(PULSE_ACTION.PLAN_ID)).where(PULSE_ACTION.ID.eq(actionId))
                .fetchOptional(r -> Optional.ofNullable(r.value1()));
    }

    public void setStatus(long actionId, ActionStatus status) {
        dsl.update(PULSE_ACTION).set(PULSE_ACTION.STATUS, status).where(PULSE_ACTION.ID.eq(actionId)).execute();
    }

    /**
     * Plans of a round (or of all rounds when null): company plans and those of branches in {@code scope};
     * {@code extraBranch} adds one more branch (an employee's own).
     */
    public List<ActionPlan> find(Long roundId, BranchScope scope, Long extraBranch, int limit) {
        Condition branches = scope.all() ? DSL.noCondition()
                : PULSE_ACTION_PLAN.BRANCH_ID.isNull()
                        .or(scope.branchIds().isEmpty() ? DSL.falseCondition() : PULSE_ACTION_PLAN.BRANCH_ID.in(scope.branchIds()))
                        .or(extraBranch == null ? DSL.falseCondition() : PULSE_ACTION_PLAN.BRANCH_ID.eq(extraBranch));
        var plans = dsl.select(PULSE_ACTION_PLAN.ID, PULSE_ACTION_PLAN.ROUND_ID, PULSE_ROUND.CLOSE_DATE, PULSE_PROGRAM.NAME,
                        PULSE_ACTION_PLAN.BRANCH_ID, PULSE_ACTION_PLAN.DRIVERS, PULSE_ACTION_PLAN.CREATED_BY)
                .from(PULSE_ACTION_PLAN).join(PULSE_ROUND).on(PULSE_ROUND.ID.eq(PULSE_ACTION_PLAN.ROUND_ID))
                .join(PULSE_PROGRAM).on(PULSE_PROGRAM.ID.eq(PULSE_ROUND.PROGRAM_ID))
                .where(roundId == null ? DSL.noCondition() : PULSE_ACTION_PLAN.ROUND_ID.eq(roundId)).and(branches)
                .orderBy(PULSE_ROUND.CLOSE_DATE.desc(), PULSE_ACTION_PLAN.ID.desc()).limit(limit).fetch();
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ActionPlan.Action>> actions = new HashMap<>();
        dsl.selectFrom(PULSE_ACTION).where(PULSE_ACTION.PLAN_ID.in(plans.map(r -> r.value1())))
                .orderBy(PULSE_ACTION.DUE_ON, PULSE_ACTION.ID)
                .forEach(a -> actions.computeIfAbsent(a.getPlanId(), k -> new ArrayList<>()).add(new ActionPlan.Action(
                        a.getId(), a.getText(), a.getOwner(), a.getDueOn(), a.getStatus())));
        // the branches' codes from the organisation, one read for the page (company plans have none)
        Set<Long> branchIds = new HashSet<>();
        plans.forEach(r -> {
            if (r.value5() != null) {
                branchIds.add(r.value5());
            }
        });
        Map<Long, Branch> byId = branchIds.isEmpty() ? Map.of() : directory.branches(branchIds);
        return plans.map(r -> new ActionPlan(r.value1(), r.value2(), r.value3(), r.value4(),
                r.value5() == null || !byId.containsKey(r.value5()) ? null : byId.get(r.value5()).code(),
                Arrays.asList(r.value6().split(",")), r.value7(), actions.getOrDefault(r.value1(), List.of())));
    }

    /**
     * The plans of one branch made on the latest {@code rounds} rounds (by opening, as the rounds list orders them),
     * newest round first, with their actions: one statement (the latest rounds as a derived table, the actions
     * left-joined). The branch's code is the caller's when it has the branch at hand, else read from the organisation
     * when there are plans.
     */
    public List<ActionPlan> ofBranch(long branchId, String branchCode, int rounds) {
        var latest = DSL.select(PULSE_ROUND.ID).from(PULSE_ROUND)
                .orderBy(PULSE_ROUND.OPENS_AT.desc(), PULSE_ROUND.ID.desc()).limit(rounds).asTable("latest");
        var rows = dsl.select(PULSE_ACTION_PLAN.ID, PULSE_ACTION_PLAN.ROUND_ID, PULSE_ROUND.CLOSE_DATE, PULSE_PROGRAM.NAME,
                        PULSE_ACTION_PLAN.DRIVERS, PULSE_ACTION_PLAN.CREATED_BY, PULSE_ACTION.ID,
                        PULSE_ACTION.TEXT, PULSE_ACTION.OWNER, PULSE_ACTION.DUE_ON, PULSE_ACTION.STATUS)
                .from(PULSE_ACTION_PLAN)
                .join(latest).on(latest.field(PULSE_ROUND.ID).eq(PULSE_ACTION_PLAN.ROUND_ID))
                .join(PULSE_ROUND).on(PULSE_ROUND.ID.eq(PULSE_ACTION_PLAN.ROUND_ID))
                .join(PULSE_PROGRAM).on(PULSE_PROGRAM.ID.eq(PULSE_ROUND.PROGRAM_ID))
                .leftJoin(PULSE_ACTION).on(PULSE_ACTION.PLAN_ID.eq(PULSE_ACTION_PLAN.ID))
                .where(PULSE_ACTION_PLAN.BRANCH_ID.eq(branchId))
                .orderBy(PULSE_ROUND.OPENS_AT.desc(), PULSE_ROUND.ID.desc(), PULSE_ACTION_PLAN.ID.desc(),
                        PULSE_ACTION.DUE_ON, PULSE_ACTION.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        String code = branchCode != null ? branchCode : directory.branch(branchId).map(Branch::code).orElse(null);
        if (code == null) { // cannot happen (foreign key); the join this replaces would have found no plan
            return List.of();
        }
        Map<Long, ActionPlan> plans = new java.util.LinkedHashMap<>();
        for (var r : rows) {
            ActionPlan plan = plans.computeIfAbsent(r.value1(), id -> new ActionPlan(id, r.value2(), r.value3(),
                    r.value4(), code, Arrays.asList(r.value5().split(",")), r.value6(), new ArrayList<>()));
            if (r.value7() != null) {
                plan.actions().add(new ActionPlan.Action(r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11()));
            }
        }
        return plans.values().stream().map(p -> new ActionPlan(p.id(), p.roundId(), p.roundCloseDate(),
                p.programName(), p.branchCode(), p.drivers(), p.createdBy(), List.copyOf(p.actions()))).toList();
    }
}
