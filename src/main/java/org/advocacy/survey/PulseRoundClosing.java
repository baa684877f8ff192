package org.advocacy.survey;

import org.advocacy.kernel.id.AccountId;
import java.time.LocalDate;
import java.util.List;

/**
 * Published two days before an open pulse round closes, in the transaction that marks it reminded:
 * {@code notAnsweredUserIds} are the accounts of its audience that have not answered yet, whom the notification
 * module reminds. {@code closesOn} is the last day in the organisation's time zone.
 */
public record PulseRoundClosing(long roundId, long programId, LocalDate closesOn, List<AccountId> notAnsweredUserIds) {

    public PulseRoundClosing {
        notAnsweredUserIds = List.copyOf(notAnsweredUserIds);
    }
}
