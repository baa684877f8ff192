package org.advocacy.survey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.advocacy.survey.internal.ReleaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores the one release of each closed round and of each imported batch in each month
 * (docs/domain-rules.md#rule-11): when a round closes, when a batch is imported, and at start-up for anything
 * closed or imported without one (rounds closed before releases existed, the demo history).
 */
@Component
public class PulseReleases {

    private static final Logger log = LoggerFactory.getLogger(PulseReleases.class);

    private final ReleaseRepository releases;
    private final PulseRepository pulses;
    private final AnonymityRules rules;
    private final Clock clock;

    PulseReleases(ReleaseRepository releases, PulseRepository pulses, AnonymityRules rules, Clock clock) {
        this.releases = releases;
        this.pulses = pulses;
        this.rules = rules;
        this.clock = clock;
    }

    /** Releases a closed round once; does nothing for an open round or one already released. */
    @Transactional
    public void releaseRound(long roundId) {
        RoundRow round = pulses.round(roundId).orElseThrow();
        if (round.open() || releases.ofRound(roundId).isPresent()) {
            return;
        }
        List<String> codes = pulses.drivers(round.programId()).stream().map(Driver::code).toList();
        List<ReleaseBuilder.Cell> cells = new ReleaseBuilder(rules).build(releases.atoms(roundId, null, null), codes);
        releases.insert(roundId, null, round.programId(), YearMonth.from(round.closeDate()).toString(),
                round.closeDate(), rules.k(), rules.commentMinimum(), LocalDateTime.now(clock), cells);
    }

    /** Releases one month of an imported batch, like a round whose close date is the month's last day. */
    @Transactional
    public void releaseBatchMonth(long batchId, String month) {
        List<ReleaseBuilder.Atom> atoms = releases.atoms(null, batchId, month);
        TreeSet<String> codes = new TreeSet<>();
        atoms.forEach(a -> codes.addAll(a.drivers().keySet()));
        List<ReleaseBuilder.Cell> cells = new ReleaseBuilder(rules).build(atoms, List.copyOf(codes));
        releases.insert(null, batchId, null, month, YearMonth.parse(month).atEndOfMonth(), rules.k(),
                rules.commentMinimum(), LocalDateTime.now(clock), cells);
    }

    /** Start-up: every closed round and imported month gets its release (once). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        long started = System.nanoTime();
        List<Long> rounds = releases.closedRoundsWithoutRelease();
        rounds.forEach(this::releaseRound);
        List<Map.Entry<Long, String>> batchMonths = releases.batchMonthsWithoutRelease();
        batchMonths.forEach(e -> releaseBatchMonth(e.getKey(), e.getValue()));
        if (!rounds.isEmpty() || !batchMonths.isEmpty()) {
            log.info("Released {} pulse rounds and {} imported months in {} ms", rounds.size(), batchMonths.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
