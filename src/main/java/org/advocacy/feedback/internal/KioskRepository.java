package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.KIOSK_DEVICE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.feedback.KioskDevice;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to kiosk devices. */
@Repository
public class KioskRepository {

    private final DSLContext dsl;

    KioskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long branchId, String name, String tokenHash, String createdBy, LocalDateTime now) {
        return dsl.insertInto(KIOSK_DEVICE).set(KIOSK_DEVICE.BRANCH_ID, branchId).set(KIOSK_DEVICE.NAME, name)
                .set(KIOSK_DEVICE.TOKEN_HASH, tokenHash).set(KIOSK_DEVICE.CREATED_BY, createdBy)
                .set(KIOSK_DEVICE.CREATED_AT, now).returningResult(KIOSK_DEVICE.ID).fetchOne(KIOSK_DEVICE.ID);
    }

    private org.jooq.SelectOnConditionStep<org.jooq.Record7<Long, Long, String, String, String, LocalDateTime, LocalDateTime>> select() {
        return dsl.select(KIOSK_DEVICE.ID, KIOSK_DEVICE.BRANCH_ID, BRANCH.CODE, KIOSK_DEVICE.NAME, KIOSK_DEVICE.CREATED_BY,
                KIOSK_DEVICE.CREATED_AT, KIOSK_DEVICE.REVOKED_AT).from(KIOSK_DEVICE).join(BRANCH).on(BRANCH.ID.eq(KIOSK_DEVICE.BRANCH_ID));
    }

    public Optional<KioskDevice> activeByTokenHash(String tokenHash) {
        return select().where(KIOSK_DEVICE.TOKEN_HASH.eq(tokenHash)).and(KIOSK_DEVICE.REVOKED_AT.isNull())
                .and(BRANCH.ACTIVE.isTrue()).fetchOptional(Records.mapping(KioskDevice::new));
    }

    public Optional<KioskDevice> findById(long id, BranchScope scope) {
        return select().where(KIOSK_DEVICE.ID.eq(id)).and(scope(scope)).fetchOptional(Records.mapping(KioskDevice::new));
    }

    public List<KioskDevice> find(BranchScope scope) {
        return select().where(scope(scope)).orderBy(BRANCH.CODE, KIOSK_DEVICE.CREATED_AT.desc())
                .limit(500).fetch(Records.mapping(KioskDevice::new));
    }

    public void revoke(long id, LocalDateTime now) {
        dsl.update(KIOSK_DEVICE).set(KIOSK_DEVICE.REVOKED_AT, now).where(KIOSK_DEVICE.ID.eq(id))
                .and(KIOSK_DEVICE.REVOKED_AT.isNull()).execute();
    }

    static Condition scope(BranchScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        return scope.branchIds().isEmpty() ? DSL.falseCondition() : KIOSK_DEVICE.BRANCH_ID.in(scope.branchIds());
    }
}
