package org.advocacy.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * "You said, we did": what a manager (for a branch) or HR (for the company, {@code branchCode} null) does about one
 * or two drivers after a round closed.
 */
public record ActionPlan(long id, long roundId, LocalDate roundCloseDate, String programName, String branchCode,
        List<String> drivers, String createdBy, List<Action> actions) {

    /** One action with its owner, due date and progress. */
    public record Action(long id, String text, String owner, LocalDate dueOn, ActionStatus status) {
    }
}
