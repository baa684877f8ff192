package org.advocacy.settings.internal;

import static org.advocacy.jooq.Tables.PUBLIC_ADDRESS;

import java.time.LocalDateTime;
import java.util.Optional;
import org.advocacy.settings.StoredPublicAddress;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** jOOQ access to the stored public address (one row at most, id 1). */
@Repository
public class PublicAddressRepository {

    private static final byte ROW = 1;

    private final DSLContext dsl;

    PublicAddressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<StoredPublicAddress> find() {
        return dsl.select(PUBLIC_ADDRESS.URL, PUBLIC_ADDRESS.UPDATED_AT).from(PUBLIC_ADDRESS)
                .where(PUBLIC_ADDRESS.ID.eq(ROW)).fetchOptional(Records.mapping(StoredPublicAddress::new));
    }

    /** Stores the address (replacing the one before) in one statement. */
    public void save(String url, Long userId, LocalDateTime now) {
        dsl.insertInto(PUBLIC_ADDRESS).set(PUBLIC_ADDRESS.ID, ROW).set(PUBLIC_ADDRESS.URL, url)
                .set(PUBLIC_ADDRESS.UPDATED_BY, userId).set(PUBLIC_ADDRESS.UPDATED_AT, now)
                .onDuplicateKeyUpdate().set(PUBLIC_ADDRESS.URL, url).set(PUBLIC_ADDRESS.UPDATED_BY, userId)
                .set(PUBLIC_ADDRESS.UPDATED_AT, now).execute();
    }

    /** Removes the stored address; the environment's (PUBLIC_URL) applies again. */
    public boolean delete() {
        return dsl.deleteFrom(PUBLIC_ADDRESS).where(PUBLIC_ADDRESS.ID.eq(ROW)).execute() > 0;
    }
}
