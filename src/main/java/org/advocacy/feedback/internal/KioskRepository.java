package org.advocacy.feedback.internal;

import static org.advocacy.jooq.Tables.KIOSK_DEVICE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.advocacy.feedback.KioskDevice;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to kiosk devices. */
@Repository
public class KioskRepository {

    private final DSLContext dsl;
    private final OrgDirectory directory;

    KioskRepository(DSLContext dsl, OrgDirectory directory) {
        this.dsl = dsl;
        this.directory = directory;
    }

    public long insert(long branchId, String name, String tokenHash, String createdBy, LocalDateTime now) {
        return dsl.insertInto(KIOSK_DEVICE).set(KIOSK_DEVICE.BRANCH_ID, branchId).set(KIOSK_DEVICE.NAME, name)
                .set(KIOSK_DEVICE.TOKEN_HASH, tokenHash).set(KIOSK_DEVICE.CREATED_BY, createdBy)
                .set(KIOSK_DEVICE.CREATED_AT, now).returningResult(KIOSK_DEVICE.ID).fetchOne(KIOSK_DEVICE.ID);
    }

    private org.jooq.SelectJoinStep<? extends Record> select() {
        return dsl.select(KIOSK_DEVICE.ID, KIOSK_DEVICE.BRANCH_ID, KIOSK_DEVICE.NAME, KIOSK_DEVICE.CREATED_BY,
                KIOSK_DEVICE.CREATED_AT, KIOSK_DEVICE.REVOKED_AT).from(KIOSK_DEVICE);
    }

    private static KioskDevice map(Record r, Branch b) {
        return new KioskDevice(r.get(KIOSK_DEVICE.ID), r.get(KIOSK_DEVICE.BRANCH_ID), b.code(), r.get(KIOSK_DEVICE.NAME),
                r.get(KIOSK_DEVICE.CREATED_BY), r.get(KIOSK_DEVICE.CREATED_AT), r.get(KIOSK_DEVICE.REVOKED_AT));
    }

    /** The kiosk with its branch, which org gives (one statement): empty when the branch is gone or, if asked, closed. */
    private Optional<KioskDevice> withBranch(Optional<? extends Record> row, boolean activeBranch) {
        return row.flatMap(r -> directory.branch(r.get(KIOSK_DEVICE.BRANCH_ID))
                .filter(b -> !activeBranch || b.active()).map(b -> map(r, b)));
    }

    /** The unrevoked kiosk of a device link whose branch is open (the kiosk page: two statements). */
    public Optional<KioskDevice> activeByTokenHash(String tokenHash) {
        return withBranch(select().where(KIOSK_DEVICE.TOKEN_HASH.eq(tokenHash)).and(KIOSK_DEVICE.REVOKED_AT.isNull())
                .fetchOptional(), true);
    }

    public Optional<KioskDevice> findById(long id, BranchScope scope) {
        return withBranch(select().where(KIOSK_DEVICE.ID.eq(id)).and(scope(scope)).fetchOptional(), false);
    }

    /**
     * The kiosks in scope by branch code, newest first within a branch, at most 500. The branches come from org
     * (one statement, in its code order); a branch's kiosks are a handful, so the sort is done here.
     */
    public List<KioskDevice> find(BranchScope scope) {
        var rows = select().where(scope(scope)).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Branch> branches = directory.allBranches(); // by code
        java.util.Map<Long, Integer> rank = new java.util.HashMap<>();
        java.util.Map<Long, Branch> byId = new java.util.HashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            rank.put(branches.get(i).id(), i);
            byId.put(branches.get(i).id(), branches.get(i));
        }
        return rows.stream().filter(r -> byId.containsKey(r.get(KIOSK_DEVICE.BRANCH_ID)))
                .sorted(java.util.Comparator.<Record, Integer>comparing(r -> rank.get(r.get(KIOSK_DEVICE.BRANCH_ID)))
                        .thenComparing(r -> r.get(KIOSK_DEVICE.CREATED_AT), java.util.Comparator.reverseOrder()))
                .limit(500).map(r -> map(r, byId.get(r.get(KIOSK_DEVICE.BRANCH_ID)))).toList();
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
