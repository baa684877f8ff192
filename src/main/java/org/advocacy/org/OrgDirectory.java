package org.advocacy.org;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocacy.org.internal.BranchRepository;
import org.advocacy.org.internal.EmployeeRepository;
import org.advocacy.org.internal.OrgDirectoryQuery;
import org.advocacy.security.BranchScope;
import org.springframework.stereotype.Component;

/**
 * The published read of the organisation for other modules (decision 0047): branches and staff by id or code, and
 * headcounts. Other modules never name {@code branch}, {@code department} or {@code employee} in their SQL; they read
 * their own rows first and then ask here for the names and codes to show, or ask here first for the ids to filter by.
 * No role check: every caller is a service that has checked its own caller, and this runs in the caller's
 * transaction. Branch scope is the caller's business: it filters its own rows by branch id.
 */
@Component
public class OrgDirectory {

    private final OrgDirectoryQuery query;
    private final BranchRepository branches;
    private final EmployeeRepository employees;

    OrgDirectory(OrgDirectoryQuery query, BranchRepository branches, EmployeeRepository employees) {
        this.query = query;
        this.branches = branches;
        this.employees = employees;
    }

    /** Every branch id, retired ones too, ascending. */
    public List<Long> allBranchIds() {
        return query.allBranchIds();
    }

    /** Every branch, retired ones too, by code. */
    public List<Branch> allBranches() {
        return branches.findAll(BranchScope.ALL, false);
    }

    /** The branches of these ids (retired ones too) by id; unknown ids are missing. */
    public Map<Long, Branch> branches(Collection<Long> ids) {
        return byId(branches.findByIds(Set.copyOf(ids)), Branch::id);
    }

    /** One branch, retired or not. */
    public Optional<Branch> branch(long id) {
        return branches.findById(id);
    }

    /** One branch by its code, retired or not. */
    public Optional<Branch> branchByCode(String code) {
        return branches.findByCode(code);
    }

    /** The staff of these ids (inactive ones too) with branch code and department name, by id. */
    public Map<Long, Employee> employees(Collection<Long> ids) {
        return byId(employees.findByIds(Set.copyOf(ids)), Employee::id);
    }

    /** Active staff per branch now (branches without any are missing). */
    public Map<Long, Integer> activeHeadcount() {
        return query.activeHeadcount();
    }

    /** Active staff of one branch now. */
    public int activeHeadcount(long branchId) {
        return query.activeHeadcount(branchId);
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a, LinkedHashMap::new));
    }
}
