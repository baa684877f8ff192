package org.advocacy.org;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.advocacy.org.internal.OrgSeedRepository;
import org.springframework.stereotype.Component;

/**
 * Writes a generated organisation in bulk (the demo generator): the one way another module fills {@code branch},
 * {@code department} and {@code employee} (decision 0047). No role check and no audit line: only for start-up
 * generation into an empty database, in the caller's transaction.
 */
@Component
public class OrgSeed {

    /** One generated member of staff. */
    public record NewEmployee(String fullName, String email, long branchId, long departmentId, String jobTitle,
            LocalDate hireDate, boolean manager, boolean active) {
    }

    private final OrgSeedRepository repository;

    OrgSeed(OrgSeedRepository repository) {
        this.repository = repository;
    }

    /** Whether the database already holds an organisation. */
    public boolean hasBranches() {
        return repository.hasBranches();
    }

    public long insertBranch(String code, String name, String city, String region, String timeZone,
            LocalDateTime now) {
        return repository.insertBranch(code, name, city, region, timeZone, now);
    }

    public long insertDepartment(String name, LocalDateTime now) {
        return repository.insertDepartment(name, now);
    }

    /** Inserts everybody in one statement and answers e-mail to id. */
    public Map<String, Long> insertEmployees(List<NewEmployee> people, LocalDateTime now) {
        return repository.insertEmployees(people, now);
    }
}
