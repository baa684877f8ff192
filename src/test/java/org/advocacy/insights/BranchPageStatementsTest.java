package org.advocacy.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The branch page reads everything a leader needs in a bounded number of statements, whatever the number of rounds,
 * plans and months behind it: counted by a jOOQ ExecuteListener around the page's one service call (statements of
 * this thread only; the event listeners of other tests run in other threads).
 */
@PortalTest
class BranchPageStatementsTest {

    /**
     * The page's statements today (see the list this test prints); a change that adds a query per row breaks it. The
     * twelfth: the names of the open cases' owners come from security's published read (one statement for all of
     * them, issued when a case has an owner; docs/decisions/0047), no longer from a join to its table. The
     * thirteenth: the praised people's names come from org's published read (one statement for the whole list, no
     * longer a join to org's tables; issue 10); the open cases need no branch code, the page knows its branch. The
     * fourteenth, only when a praise was given in a branch its person no longer works in: that branch's code (the
     * people's records carry their current branch's code, so usually no statement).
     */
    static final int MAX_STATEMENTS = 14;

    @Autowired
    InsightsService insights;
    @Autowired
    DSLContext dsl;
    @Autowired
    SignIn signIn;
    @Autowired
    org.advocacy.survey.ActionPlanService plans;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theBranchPageIssuesABoundedNumberOfStatements() {
        signIn.as(SignIn.LEADER);
        insights.branch("DN02"); // warm: the pulse releases are read once and kept (decision 0011)
        List<String> statements = count(() -> insights.branch("DN02"));
        statements.forEach(s -> System.out.println("branch page statement: " + s));
        BranchInsights page = insights.branch("DN02");
        // the plans of the latest rounds (other tests of this JVM may have opened newer rounds than the demo's):
        // whatever they are, the page's one query gives the same plans as the survey module's published read
        assertThat(page.actionPlans()).as("the branch's plans of the latest rounds are on the page")
                .isEqualTo(plans.plansOfBranch(page.branchId(), InsightsService.PLAN_ROUNDS));
        assertThat(statements).hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private List<String> count(Runnable work) {
        Thread me = Thread.currentThread();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (Thread.currentThread() == me) {
                    seen.add(ctx.sql() == null ? "?" : ctx.sql().length() > 160 ? ctx.sql().substring(0, 160) : ctx.sql());
                }
            }
        };
        ExecuteListenerProvider[] before = dsl.configuration().executeListenerProviders();
        ExecuteListenerProvider[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = new DefaultExecuteListenerProvider(counter);
        dsl.configuration().set(with);
        try {
            work.run();
        } finally {
            dsl.configuration().set(before);
        }
        return List.copyOf(seen);
    }
}
