package org.advocacy.org.internal;

import static org.advocacy.jooq.Tables.EMPLOYEE_PHOTO;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.advocacy.org.EmployeePhoto;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** jOOQ access to the staff photos (one re-encoded JPEG per employee). */
@Repository
public class EmployeePhotoRepository {

    private final DSLContext dsl;

    EmployeePhotoRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores (or replaces) the photo; the version grows with every upload. */
    public void save(long employeeId, byte[] jpeg, Long userId, LocalDateTime now) {
        dsl.insertInto(EMPLOYEE_PHOTO).set(EMPLOYEE_PHOTO.EMPLOYEE_ID, employeeId).set(EMPLOYEE_PHOTO.IMAGE, jpeg)
                .set(EMPLOYEE_PHOTO.VERSION, 1).set(EMPLOYEE_PHOTO.UPDATED_BY, userId).set(EMPLOYEE_PHOTO.UPDATED_AT, now)
                .onDuplicateKeyUpdate().set(EMPLOYEE_PHOTO.IMAGE, jpeg)
                .set(EMPLOYEE_PHOTO.VERSION, EMPLOYEE_PHOTO.VERSION.plus(1)).set(EMPLOYEE_PHOTO.UPDATED_BY, userId)
                .set(EMPLOYEE_PHOTO.UPDATED_AT, now).execute();
    }

    public boolean delete(long employeeId) {
        return dsl.deleteFrom(EMPLOYEE_PHOTO).where(EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(employeeId)).execute() > 0;
    }

    public Optional<EmployeePhoto> find(long employeeId) {
        return dsl.select(EMPLOYEE_PHOTO.EMPLOYEE_ID, EMPLOYEE_PHOTO.VERSION, EMPLOYEE_PHOTO.IMAGE).from(EMPLOYEE_PHOTO)
                .where(EMPLOYEE_PHOTO.EMPLOYEE_ID.eq(employeeId)).fetchOptional(Records.mapping(EmployeePhoto::new));
    }

    /** The photo version of each of these employees that has a photo (no image bytes read). */
    public Map<Long, Integer> versions(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(EMPLOYEE_PHOTO.EMPLOYEE_ID, EMPLOYEE_PHOTO.VERSION).from(EMPLOYEE_PHOTO)
                .where(EMPLOYEE_PHOTO.EMPLOYEE_ID.in(employeeIds))
                .fetchMap(EMPLOYEE_PHOTO.EMPLOYEE_ID, EMPLOYEE_PHOTO.VERSION);
    }
}
