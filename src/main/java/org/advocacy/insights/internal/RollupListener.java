package org.advocacy.insights.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.advocacy.base.OrgTimeZone;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.PraiseApproved;
import org.advocacy.insights.internal.RollupRepository.Cell;
import org.advocacy.recognition.RecognitionGiven;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups current from the feedback and recognition modules' events. Each listener runs after the
 * publishing transaction committed, in its own transaction, through Spring Modulith's JDBC publication registry:
 * an event whose listener did not finish (crash, restart) is delivered again at the next start. Each touched cell
 * is recomputed from the raw rows, so a repeated delivery changes nothing.
 */
@Component
class RollupListener {

    private final RollupRepository rollups;
    private final OrgTimeZone zone;
    private final Clock clock;

    RollupListener(RollupRepository rollups, OrgTimeZone zone, Clock clock) {
        this.rollups = rollups;
        this.zone = zone;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CustomerFeedbackStored event) {
        rollups.lockAndStamp(LocalDateTime.now(clock));
        rollups.recomputeCustomer(event.answers().stream()
                .map(a -> new Cell(a.branchId(), YearMonth.from(a.localDate()))).toList());
    }

    @ApplicationModuleListener
    void on(PraiseApproved event) {
        rollups.lockAndStamp(LocalDateTime.now(clock));
        rollups.branchOfFeedback(event.feedbackId()).ifPresent(branch -> rollups.recomputeRecognition(
                List.of(new Cell(branch, YearMonth.from(event.localDate()))), zone.zone()));
    }

    @ApplicationModuleListener
    void on(RecognitionGiven event) {
        rollups.lockAndStamp(LocalDateTime.now(clock));
        YearMonth month = YearMonth.from(event.createdAtUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()));
        rollups.recomputeRecognition(event.recipientBranchIds().stream().map(b -> new Cell(b, month)).toList(),
                zone.zone());
    }
}
