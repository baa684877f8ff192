package org.advocacy.demo.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.advocacy.demo.DemoBranch;
import org.advocacy.org.OrgSeed;
import org.advocacy.security.AccountSeed;
import org.advocacy.settings.AppSettings;
import org.springframework.stereotype.Repository;

/**
 * Bulk writes of the demo generator, through the owners' seed writers (org's {@link OrgSeed}, security's
 * {@link AccountSeed}, settings' {@link AppSettings}): the demo module owns no table (decision 0047).
 */
@Repository
public class DemoRepository {

    /** One generated member of staff. */
    public record NewEmployee(String fullName, String email, long branchId, long departmentId, String jobTitle,
            LocalDate hireDate, boolean manager, boolean active) {
    }

    private final OrgSeed org;
    private final AccountSeed accounts;
    private final AppSettings settings;

    DemoRepository(OrgSeed org, AccountSeed accounts, AppSettings settings) {
        this.org = org;
        this.accounts = accounts;
        this.settings = settings;
    }

    public boolean hasBranches() {
        return org.hasBranches();
    }

    public long insertBranch(DemoBranch b, LocalDateTime now) {
        return org.insertBranch(b.code(), b.name(), b.city(), b.region(), "Asia/Ho_Chi_Minh", now);
    }

    public long insertDepartment(String name, LocalDateTime now) {
        return org.insertDepartment(name, now);
    }

    /** Inserts everybody in one statement and answers e-mail to id. */
    public Map<String, Long> insertEmployees(List<NewEmployee> people, LocalDateTime now) {
        return org.insertEmployees(people.stream().map(p -> new OrgSeed.NewEmployee(p.fullName(), p.email(),
                p.branchId(), p.departmentId(), p.jobTitle(), p.hireDate(), p.manager(), p.active())).toList(), now);
    }

    public long insertUser(String email, String name, String hash, Long employeeId, List<String> roles, LocalDateTime now) {
        return accounts.insertUser(email, name, hash, employeeId, roles, now);
    }

    public void insertManagedBranch(long userId, long branchId) {
        accounts.insertManagedBranch(userId, branchId);
    }

    public boolean settingExists(String key) {
        return settings.exists(key);
    }

    public void putSetting(String key, String value) {
        settings.put(key, value);
    }
}
