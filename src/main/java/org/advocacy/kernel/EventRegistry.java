package org.advocacy.kernel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
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
    private static final Field<LocalDateTime> COMPLETED = DSL.field(DSL.name("COMPLETION_DATE"), LocalDateTime.class);
    private static final Field<LocalDateTime> PUBLISHED = DSL.field(DSL.name("PUBLICATION_DATE"), LocalDateTime.class);
    private static final Field<String> LISTENER = DSL.field(DSL.name("LISTENER_ID"), String.class);
    private static final Field<String> TYPE = DSL.field(DSL.name("EVENT_TYPE"), String.class);
    private static final Field<String> SERIALIZED = DSL.field(DSL.name("SERIALIZED_EVENT"), String.class);

    /** An incomplete publication: its event's type (class name) and the event as the registry serialized it. */
    public record Pending(String eventType, String serializedEvent) {
    }

    private final DSLContext dsl;

    EventRegistry(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The incomplete publications of listeners whose id starts with the prefix, in the transaction's snapshot. */
    public List<Pending> incomplete(String listenerPrefix) {
        return dsl.select(TYPE, SERIALIZED).from(TABLE).where(COMPLETED.isNull()).and(LISTENER.startsWith(listenerPrefix))
                .fetch(Records.mapping(Pending::new));
    }

    /** When the oldest incomplete publication of those listeners was published; empty when none is pending. */
    public Optional<LocalDateTime> oldestIncomplete(String listenerPrefix) {
        return Optional.ofNullable(dsl.select(DSL.min(PUBLISHED)).from(TABLE).where(COMPLETED.isNull())
                .and(LISTENER.startsWith(listenerPrefix)).fetchOne(0, LocalDateTime.class));
    }

    /** Deletes up to {@code limit} publications completed before the time, oldest first; returns how many. */
    public int deleteCompletedBefore(LocalDateTime cutoffUtc, int limit) {
        return dsl.deleteFrom(TABLE).where(COMPLETED.lt(cutoffUtc)).orderBy(COMPLETED).limit(limit).execute();
    }
}
