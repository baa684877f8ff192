package org.advocacy.survey;

import org.advocacy.kernel.id.AccountId;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when the scheduler opened a pulse round, in the opening transaction. {@code closesOn} is the last day of
 * the round in the organisation's time zone; {@code audienceUserIds} the accounts of its audience, whom the
 * notification module invites. Who is invited is no secret; only the answers are kept apart from people.
 */
public record PulseRoundOpened(long roundId, long programId, LocalDate closesOn, List<AccountId> audienceUserIds) {

    public PulseRoundOpened {
        audienceUserIds = List.copyOf(audienceUserIds);
    }
}
