package org.advocacy.kernel.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.advocacy.kernel.EventRegistry;
import org.advocacy.kernel.EventRegistry.Pending;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link EventRegistry}, on Spring Modulith's registry table by its exact name. */
@Repository
public class EventRegistryQuery {

    private static final Table<?> TABLE = EventRegistry.TABLE;
    private static final Field<LocalDateTime> COMPLETED = DSL.field(DSL.name("COMPLETION_DATE"), LocalDateTime.class);
    private static final Field<LocalDateTime> PUBLISHED = DSL.field(DSL.name("PUBLICATION_DATE"), LocalDateTime.class);
    private static final Field<String> LISTENER = DSL.field(DSL.name("LISTENER_ID"), String.class);
    private static final Field<String> TYPE = DSL.field(DSL.name("EVENT_TYPE"), String.class);
    private static final Field<String> SERIALIZED = DSL.field(DSL.name("SERIALIZED_EVENT"), String.class);

    private final DSLContext dsl;

    EventRegistryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Pending> incomplete(String listenerPrefix) {
        return dsl.select(TYPE, SERIALIZED).from(TABLE).where(COMPLETED.isNull()).and(LISTENER.startsWith(listenerPrefix))
                .fetch(Records.mapping(Pending::new));
    }

    public Optional<LocalDateTime> oldestIncomplete(String listenerPrefix) {
        return Optional.ofNullable(dsl.select(DSL.min(PUBLISHED)).from(TABLE).where(COMPLETED.isNull())
                .and(LISTENER.startsWith(listenerPrefix)).fetchOne(0, LocalDateTime.class));
    }

    public int deleteCompletedBefore(LocalDateTime cutoffUtc, int limit) {
        return dsl.deleteFrom(TABLE).where(COMPLETED.lt(cutoffUtc)).orderBy(COMPLETED).limit(limit).execute();
    }
}
