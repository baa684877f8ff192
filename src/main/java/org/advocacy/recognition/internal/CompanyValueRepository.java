package org.advocacy.recognition.internal;

import static org.advocacy.jooq.Tables.COMPANY_VALUE;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.advocacy.recognition.CompanyValue;
import org.advocacy.recognition.CompanyValueData;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to the company's values. */
@Repository
public class CompanyValueRepository {

    private final DSLContext dsl;

    CompanyValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CompanyValue> findAll(boolean activeOnly) {
        return dsl.select(COMPANY_VALUE.ID, COMPANY_VALUE.CODE, COMPANY_VALUE.NAME_VI, COMPANY_VALUE.NAME_EN,
                        COMPANY_VALUE.MEANING_VI, COMPANY_VALUE.MEANING_EN, COMPANY_VALUE.ICON, COMPANY_VALUE.COLOUR,
                        COMPANY_VALUE.ACTIVE, COMPANY_VALUE.SORT_ORDER)
                .from(COMPANY_VALUE)
                .where(activeOnly ? COMPANY_VALUE.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(COMPANY_VALUE.SORT_ORDER, COMPANY_VALUE.ID)
                .fetch(Records.mapping(CompanyValue::new));
    }

    public Optional<CompanyValue> findById(long id) {
        return findAll(false).stream().filter(v -> v.id() == id).findFirst();
    }

    public int countActive(Collection<Long> ids) {
        return dsl.fetchCount(COMPANY_VALUE, COMPANY_VALUE.ID.in(ids).and(COMPANY_VALUE.ACTIVE.isTrue()));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return dsl.fetchExists(COMPANY_VALUE, COMPANY_VALUE.CODE.eq(code)
                .and(exceptId == null ? DSL.noCondition() : COMPANY_VALUE.ID.ne(exceptId)));
    }

    public long insert(CompanyValueData d, LocalDateTime now) {
        return dsl.insertInto(COMPANY_VALUE)
                .set(COMPANY_VALUE.CODE, d.code()).set(COMPANY_VALUE.NAME_VI, d.nameVi()).set(COMPANY_VALUE.NAME_EN, d.nameEn())
                .set(COMPANY_VALUE.MEANING_VI, d.meaningVi()).set(COMPANY_VALUE.MEANING_EN, d.meaningEn())
                .set(COMPANY_VALUE.ICON, d.icon()).set(COMPANY_VALUE.COLOUR, d.colour())
                .set(COMPANY_VALUE.ACTIVE, d.active()).set(COMPANY_VALUE.SORT_ORDER, d.sortOrder())
                .set(COMPANY_VALUE.CREATED_AT, now)
                .returningResult(COMPANY_VALUE.ID).fetchOne(COMPANY_VALUE.ID);
    }

    public void update(long id, CompanyValueData d) {
        dsl.update(COMPANY_VALUE)
                .set(COMPANY_VALUE.CODE, d.code()).set(COMPANY_VALUE.NAME_VI, d.nameVi()).set(COMPANY_VALUE.NAME_EN, d.nameEn())
                .set(COMPANY_VALUE.MEANING_VI, d.meaningVi()).set(COMPANY_VALUE.MEANING_EN, d.meaningEn())
                .set(COMPANY_VALUE.ICON, d.icon()).set(COMPANY_VALUE.COLOUR, d.colour())
                .set(COMPANY_VALUE.ACTIVE, d.active()).set(COMPANY_VALUE.SORT_ORDER, d.sortOrder())
                .where(COMPANY_VALUE.ID.eq(id)).execute();
    }
}
