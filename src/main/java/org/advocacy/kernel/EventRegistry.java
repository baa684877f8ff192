package org.advocacy.kernel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.kernel.internal.EventRegistryQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The kernel's read and housekeeping of Spring Modulith's event publication registry ({@code EVENT_PUBLICATION},
 * created by migration V0030; the kernel owns it, decision 0047): the modules that keep ledgers of events (insights'
 * rollups) ask here for what is still to be delivered, and the purge job deletes completed publications through it.
 * Times are the registry's, in UTC. Runs in the caller's transaction.
 */
@Component
public class EventRegistry {

    /** By its exact (upper-case) name: table names are case-sensitive on Linux, and the generated class lowers it. */
    public static final Table<?> TABLE = DSL.table(DSL.name("EVENT_PUBLICATION"));

    /** An incomplete publication: its event's type (class name) and the event as the registry serialized it. */
    public record Pending(String eventType, String serializedEvent) {
    }

    private final EventRegistryQuery query;

    EventRegistry(EventRegistryQuery query) {
        this.query = query;
    }

    /** The incomplete publications of listeners whose id starts with the prefix, in the transaction's snapshot. */
    public List<Pending> incomplete(String listenerPrefix) {
        return query.incomplete(listenerPrefix);
    }

    /** When the oldest incomplete publication of those listeners was published; empty when none is pending. */
    public Optional<LocalDateTime> oldestIncomplete(String listenerPrefix) {
        return query.oldestIncomplete(listenerPrefix);
    }

    /** Deletes up to {@code limit} publications completed before the time, oldest first; returns how many. */
    public int deleteCompletedBefore(LocalDateTime cutoffUtc, int limit) {
        return query.deleteCompletedBefore(cutoffUtc, limit);
    }
}
