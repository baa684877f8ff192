package org.advocacy.org.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgDirectory;
import org.advocacy.security.AccountPeople;
import org.springframework.stereotype.Component;

/** The organisation's answer to what the security module's screens show of it, read through {@link OrgDirectory}. */
@Component
class OrgAccountPeople implements AccountPeople {

    private static final int CHUNK = 1000;

    private final OrgDirectory directory;

    OrgAccountPeople(OrgDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<Long, Person> people(Collection<Long> employeeIds) {
        Map<Long, Person> people = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(employeeIds)) {
            directory.employees(chunk).forEach((id, e) -> people.put(id,
                    new Person(e.id(), e.fullName(), e.branchId(), e.branchCode(), e.active())));
        }
        return people;
    }

    @Override
    public Map<Long, String> branchCodes(Collection<Long> branchIds) {
        Map<Long, String> codes = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(branchIds)) {
            directory.branches(chunk).forEach((id, b) -> codes.put(id, b.code()));
        }
        return codes;
    }

    @Override
    public List<Long> branchIdsByCode() {
        return directory.allBranches().stream().map(Branch::id).toList();
    }

    /** The distinct ids in slices of {@value #CHUNK}, so no statement carries more bind values than that. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
        }
        return chunks;
    }
}
