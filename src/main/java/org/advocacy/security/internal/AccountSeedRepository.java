package org.advocacy.security.internal;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.USER_ROLE;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Bulk writes of generated accounts (the demo), behind {@code AccountSeed}. */
@Repository
public class AccountSeedRepository {

    private final DSLContext dsl;

    AccountSeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertUser(String email, String name, String hash, Long employeeId, List<String> roles, LocalDateTime now) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email).set(APP_USER.DISPLAY_NAME, name).set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.EMPLOYEE_ID, employeeId).set(APP_USER.ENABLED, true).set(APP_USER.CREATED_AT, now)
                .returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
        var insert = dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (String r : roles) {
            insert = insert.values(id, r);
        }
        insert.execute();
        return id;
    }

    public void insertManagedBranch(long userId, long branchId) {
        dsl.insertInto(MANAGED_BRANCH).set(MANAGED_BRANCH.USER_ID, userId).set(MANAGED_BRANCH.BRANCH_ID, branchId).execute();
    }
}
