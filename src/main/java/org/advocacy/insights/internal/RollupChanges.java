package org.advocacy.insights.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.advocacy.kernel.EventRegistry;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.PraiseApproved;
import org.advocacy.insights.CustomerCounts;
import org.advocacy.insights.RecognitionCounts;
import org.advocacy.insights.internal.RollupRepository.Cell;
import org.advocacy.kernel.stats.NetScore;
import org.advocacy.recognition.RecognitionGiven;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * What an event adds to the rollups (its key in the {@code insights_applied_event} ledger and its numbers per branch
 * and month), and the rebuild's half of "once per event": the events whose raw rows a rebuild counted while their
 * delivery was still pending are written into the ledger, so their late delivery adds nothing (docs/decisions/0021).
 */
@Component
class RollupChanges {

    private final RollupRepository rollups;
    private final EventSerializer serializer;
    private final OrgTimeZone zone;
    private final EventRegistry registry;

    RollupChanges(RollupRepository rollups, EventSerializer serializer, OrgTimeZone zone, EventRegistry registry) {
        this.rollups = rollups;
        this.registry = registry;
        this.serializer = serializer;
        this.zone = zone;
    }

    private static final Map<String, Class<?>> EVENTS = Map.of(
            CustomerFeedbackStored.class.getName(), CustomerFeedbackStored.class,
            PraiseApproved.class.getName(), PraiseApproved.class,
            RecognitionGiven.class.getName(), RecognitionGiven.class);

    /** One event's additions: customer counts and recognition counts per cell, under the event's ledger key. */
    record Change(String key, Map<Cell, CustomerCounts> customer, Map<Cell, RecognitionCounts> recognition) {

        Set<Long> branches() {
            Set<Long> out = new TreeSet<>();
            customer.keySet().forEach(c -> out.add(c.branchId()));
            recognition.keySet().forEach(c -> out.add(c.branchId()));
            return out;
        }

        /** The same change without the branches already taken in. */
        Change without(Set<Long> applied) {
            Map<Cell, CustomerCounts> c = new HashMap<>(customer);
            Map<Cell, RecognitionCounts> r = new HashMap<>(recognition);
            c.keySet().removeIf(cell -> applied.contains(cell.branchId()));
            r.keySet().removeIf(cell -> applied.contains(cell.branchId()));
            return new Change(key, c, r);
        }

        boolean isEmpty() {
            return customer.isEmpty() && recognition.isEmpty();
        }
    }

    /** The change an event makes; empty for other events and for customer events stored without an id (older versions). */
    Optional<Change> of(Object event) {
        return switch (event) {
            case CustomerFeedbackStored e when e.id() != null -> Optional.of(customer(e));
            case PraiseApproved e -> rollups.branchOfFeedback(e.feedbackId()).map(branch -> new Change(
                    "praise:" + e.feedbackId(), Map.of(),
                    Map.of(new Cell(branch, YearMonth.from(e.localDate())), new RecognitionCounts(0, 1))));
            case RecognitionGiven e -> Optional.of(recognition(e));
            default -> Optional.empty();
        };
    }

    static Change customer(CustomerFeedbackStored e) {
        Map<Cell, CustomerCounts> cells = new HashMap<>();
        for (CustomerFeedbackStored.Answer a : e.answers()) {
            Integer csat = a.csat();
            Integer ces = a.ces();
            int n = a.times(); // equal answers of a batch are one entry
            CustomerCounts one = new CustomerCounts(NetScore.isPromoter(a.nps()) ? n : 0,
                    NetScore.isPassive(a.nps()) ? n : 0, NetScore.isDetractor(a.nps()) ? n : 0, csat == null ? 0 : n,
                    csat == null ? 0 : (long) n * csat, csat != null && csat >= 4 ? n : 0, ces == null ? 0 : n,
                    ces == null ? 0 : (long) n * ces);
            cells.merge(new Cell(a.branchId(), YearMonth.from(a.localDate())), one, CustomerCounts::plus);
        }
        return new Change("feedback:" + e.id(), cells, Map.of());
    }

    private Change recognition(RecognitionGiven e) {
        // the recipient rows carry the moment in UTC; their month is the organisation's (as the rebuild counts them)
        YearMonth month = YearMonth.from(e.createdAtUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()));
        Map<Cell, RecognitionCounts> cells = new HashMap<>();
        for (Long branch : e.recipientBranchIds()) {
            if (branch != null) {
                cells.merge(new Cell(branch, month), new RecognitionCounts(1, 0), RecognitionCounts::plus);
            }
        }
        return new Change("recognition:" + e.recognitionId(), Map.of(), cells);
    }

    /**
     * Writes into the ledger, for these branches, every event still pending for the rollup listener: call in the
     * transaction that just counted these branches' raw rows, after the first read (REPEATABLE READ: the pending
     * publications are then read in the same snapshot as the raw rows, and an event's rows and its publication were
     * committed together, so exactly the events whose rows were counted are marked).
     */
    void markPendingCounted(Collection<Long> branchIds, LocalDateTime nowUtc) {
        Set<Long> wanted = new TreeSet<>(branchIds);
        for (EventRegistry.Pending p : registry.incomplete(RollupListener.class.getName())) {
            Class<?> type = EVENTS.get(p.eventType());
            if (type == null) {
                continue;
            }
            of(serializer.deserialize(p.serializedEvent(), type)).ifPresent(change -> {
                Set<Long> branches = change.branches();
                branches.retainAll(wanted);
                rollups.markApplied(change.key(), branches, nowUtc);
            });
        }
    }
}
