package org.advocacy.survey;

import java.time.LocalDate;
import java.util.List;

/** A new plan: the round, the branch (null = company, HR only), one or two driver codes and the actions. */
public record ActionPlanData(long roundId, Long branchId, List<String> drivers, List<ActionData> actions) {

    /** One action as entered. */
    public record ActionData(String text, String owner, LocalDate dueOn) {
    }
}
