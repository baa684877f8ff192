package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.BRANCH;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.advocacy.org.Branch;
import org.advocacy.org.BranchData;
import org.advocacy.security.BranchScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to branches. */
@Repository
public class BranchRepository {

    private final DSLContext dsl;

    BranchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Branch> findAll(BranchScope scope, boolean activeOnly) {
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.TIME_ZONE, BRANCH.ACTIVE)
                .from(BRANCH)
                .where(inScope(scope))
                .and(activeOnly ? BRANCH.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(BRANCH.CODE)
                .fetch(Records.mapping(Branch::new));
    }

    public Optional<Branch> findById(long id) {
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.TIME_ZONE, BRANCH.ACTIVE)
                .from(BRANCH).where(BRANCH.ID.eq(id)).fetchOptional(Records.mapping(Branch::new));
    }

    public Optional<Branch> findByCode(String code) {
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.TIME_ZONE, BRANCH.ACTIVE)
                .from(BRANCH).where(BRANCH.CODE.eq(code)).fetchOptional(Records.mapping(Branch::new));
    }

    public List<Branch> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.TIME_ZONE, BRANCH.ACTIVE)
                        .from(BRANCH).where(BRANCH.ID.in(ids)).fetch(Records.mapping(Branch::new));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return dsl.fetchExists(BRANCH, BRANCH.CODE.eq(code).and(exceptId == null ? DSL.noCondition() : BRANCH.ID.ne(exceptId)));
    }

    public long insert(BranchData d, LocalDateTime now) {
        return dsl.insertInto(BRANCH)
                .set(BRANCH.CODE, d.code()).set(BRANCH.NAME, d.name()).set(BRANCH.CITY, d.city())
                .set(BRANCH.REGION, d.region()).set(BRANCH.TIME_ZONE, d.timeZone()).set(BRANCH.ACTIVE, d.active())
                .set(BRANCH.CREATED_AT, now).set(BRANCH.UPDATED_AT, now)
                .returningResult(BRANCH.ID).fetchOne(BRANCH.ID);
    }

    public void update(long id, BranchData d, LocalDateTime now) {
        dsl.update(BRANCH)
                .set(BRANCH.CODE, d.code()).set(BRANCH.NAME, d.name()).set(BRANCH.CITY, d.city())
                .set(BRANCH.REGION, d.region()).set(BRANCH.TIME_ZONE, d.timeZone()).set(BRANCH.ACTIVE, d.active())
                .set(BRANCH.UPDATED_AT, now)
                .where(BRANCH.ID.eq(id)).execute();
    }

    public int count() {
        return dsl.fetchCount(BRANCH);
    }

    public List<Long> idsOfCodes(Collection<String> codes) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.in(codes)).fetch(BRANCH.ID);
    }

    static Condition inScope(BranchScope scope) {
        if (scope.all()) {
            return DSL.noCondition();
        }
        return scope.branchIds().isEmpty() ? DSL.falseCondition() : BRANCH.ID.in(scope.branchIds());
    }
}
