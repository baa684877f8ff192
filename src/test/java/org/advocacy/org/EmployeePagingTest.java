package org.advocacy.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.advocacy.org.EmployeeSort.Column;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: keyset paging of the employee list returns every employee exactly once, in the same order as one sorted
 * read of the whole list, for each sort (mixed directions too) and filter, within the caller's branch scope.
 */
@PortalTest
class EmployeePagingTest {

    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static final List<List<EmployeeSort>> SORTS = List.of(
            List.of(),
            List.of(new EmployeeSort(Column.NAME, false)),
            List.of(new EmployeeSort(Column.HIRE_DATE, false), new EmployeeSort(Column.NAME, true)),
            List.of(new EmployeeSort(Column.BRANCH, true), new EmployeeSort(Column.JOB_TITLE, false)),
            List.of(new EmployeeSort(Column.DEPARTMENT, false), new EmployeeSort(Column.EMAIL, true)),
            List.of(new EmployeeSort(Column.JOB_TITLE, true)));

    private List<EmployeeFilter> filters() {
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        long department = org.departments().getFirst().id();
        return List.of(EmployeeFilter.none(), new EmployeeFilter(null, null, null, true),
                new EmployeeFilter(null, hn01, null, null), new EmployeeFilter("Nguyễn", null, null, true),
                new EmployeeFilter(null, null, department, null), new EmployeeFilter("nobody-at-all", null, null, null));
    }

    /** Walks the list page by page, each page starting after the last row of the one before. */
    private List<Employee> walk(EmployeeFilter filter, List<EmployeeSort> sort, int pageSize) {
        List<Employee> all = new ArrayList<>();
        EmployeeCursor after = null;
        for (int guard = 0; guard < 1000; guard++) {
            List<Employee> page = org.employeesAfter(filter, sort, after, 0, pageSize);
            all.addAll(page);
            if (page.size() < pageSize) {
                return all;
            }
            after = EmployeeCursor.of(page.getLast());
        }
        throw new AssertionError("paging did not end");
    }

    @Test
    void everyEmployeeExactlyOnceInOrderForEverySortAndFilter() {
        signIn.as(SignIn.HR);
        for (EmployeeFilter filter : filters()) {
            for (List<EmployeeSort> sort : SORTS) {
                List<Employee> expected = org.employees(filter, sort, 0, 1000);
                List<Employee> paged = walk(filter, sort, 7);
                assertThat(paged).as("%s sorted by %s", filter, sort).isEqualTo(expected);
                Set<Long> ids = new HashSet<>();
                paged.forEach(e -> assertThat(ids.add(e.id())).as("once: %s", e).isTrue());
                assertThat(paged).hasSize(org.countEmployees(filter));
            }
        }
        assertThat(org.countEmployees(EmployeeFilter.none())).isGreaterThan(250);
    }

    @Test
    void skippingFromACursorMatchesTheOffsetRead() {
        signIn.as(SignIn.HR);
        List<EmployeeSort> sort = List.of(new EmployeeSort(Column.HIRE_DATE, true));
        List<Employee> expected = org.employees(EmployeeFilter.none(), sort, 0, 1000);
        EmployeeCursor at50 = EmployeeCursor.of(expected.get(49));
        assertThat(org.employeesAfter(EmployeeFilter.none(), sort, at50, 13, 20)).isEqualTo(expected.subList(63, 83));
    }

    @Test
    void aManagerPagesThroughTheirOwnBranchOnly() {
        signIn.as(SignIn.MANAGER);
        List<Employee> paged = walk(EmployeeFilter.none(), List.of(), 5);
        assertThat(paged).isNotEmpty().isEqualTo(org.employees(EmployeeFilter.none(), List.of(), 0, 1000));
        assertThat(paged).extracting(Employee::branchCode).containsOnly("HN01");
    }
}
