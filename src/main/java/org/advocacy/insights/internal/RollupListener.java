package org.advocacy.insights.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.PraiseApproved;
import org.advocacy.recognition.RecognitionGiven;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups current from the feedback and recognition modules' events. Each listener runs after the
 * publishing transaction committed, in its own transaction, through Spring Modulith's JDBC publication registry:
 * an event whose listener did not finish (crash, restart) is delivered again at the next start. Under the rollups'
 * lock, an event's numbers are added to its cells in one statement, once per event and branch: a branch the ledger
 * already holds for the event (an earlier delivery, or a rebuild that counted its rows) is skipped
 * (docs/decisions/0021).
 */
@Component
class RollupListener {

    private final RollupRepository rollups;
    private final RollupChanges changes;
    private final OrgTimeZone zone;
    private final Clock clock;

    RollupListener(RollupRepository rollups, RollupChanges changes, OrgTimeZone zone, Clock clock) {
        this.rollups = rollups;
        this.changes = changes;
        this.zone = zone;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CustomerFeedbackStored event) {
        LocalDateTime now = LocalDateTime.now(clock);
        rollups.lockAndStamp(now);
        if (event.id() == null) {
            // stored by a version before the ledger: no key to add it once by, so its branches are counted again
            // from the raw rows, and the events pending for them marked as counted (as a rebuild does)
            List<Long> branches = event.answers().stream().map(CustomerFeedbackStored.Answer::branchId).distinct()
                    .sorted().toList();
            rollups.rebuildBranches(branches, zone.zone());
            changes.markPendingCounted(branches, now);
            return;
        }
        add(Optional.of(RollupChanges.customer(event)), now);
    }

    @ApplicationModuleListener
    void on(PraiseApproved event) {
        LocalDateTime now = LocalDateTime.now(clock);
        rollups.lockAndStamp(now);
        add(changes.of(event), now);
    }

    @ApplicationModuleListener
    void on(RecognitionGiven event) {
        LocalDateTime now = LocalDateTime.now(clock);
        rollups.lockAndStamp(now);
        add(changes.of(event), now);
    }

    private void add(Optional<RollupChanges.Change> change, LocalDateTime now) {
        change.ifPresent(c -> {
            RollupChanges.Change rest = c.without(rollups.appliedBranches(c.key()));
            if (rest.isEmpty()) {
                return;
            }
            rollups.markApplied(c.key(), rest.branches(), now);
            rollups.addCustomer(rest.customer());
            rollups.addRecognition(rest.recognition());
        });
    }
}
