package org.advocacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.advocacy.org.Branch;
import org.advocacy.org.OrgService;
import org.advocacy.security.UserAccountService.SortColumn;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts and API token lists show the organisation's branch codes without joining its tables (decision 0047,
 * {@link AccountPeople}): the codes are the employees' and the managed branches', and sorting the accounts by branch
 * orders the whole list (pages included) as SQL did: no branch first when ascending, last when descending.
 */
@PortalTest
class AccountListsTest {

    @Autowired
    SignIn signIn;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    OrgService org;

    @AfterEach
    void tearDown() {
        signIn.out();
    }

    /** The branch codes in the database's order (its collation, as SQL sorted them), no branch first. */
    private Comparator<String> codes() {
        signIn.as(SignIn.HR);
        List<String> order = org.branches(false).stream().map(Branch::code).toList();
        signIn.as(SignIn.ADMIN);
        return Comparator.nullsFirst(Comparator.comparingInt(order::indexOf));
    }

    @Test
    void accountsShowTheirEmployeesBranchAndTheirManagedBranches() {
        signIn.as(SignIn.HR);
        Branch hn01 = org.branchByCode("HN01").orElseThrow();
        signIn.as(SignIn.ADMIN);
        UserListItem manager = accounts.find(SignIn.MANAGER, null, null, true, 0, 10).stream()
                .filter(u -> u.email().equals(SignIn.MANAGER)).findFirst().orElseThrow();
        assertThat(manager.branchCode()).isEqualTo("HN01");
        assertThat(manager.managedBranchCodes()).containsExactly("HN01");
        assertThat(accounts.managedBranches(manager.id())).containsExactly(hn01.id());
        UserListItem admin = accounts.find(SignIn.ADMIN, null, null, true, 0, 10).get(0);
        assertThat(admin.branchCode()).as("the demo administrator works at the head office").isEqualTo("SG01");
        assertThat(admin.managedBranchCodes()).isEmpty();
    }

    @Test
    void sortingByBranchOrdersTheWholeListAndItsPages() {
        Comparator<String> codes = codes();
        int total = accounts.count(null, null);
        assertThat(total).isGreaterThan(100);

        List<UserListItem> ascending = accounts.find(null, null, SortColumn.BRANCH, true, 0, total);
        assertThat(ascending).hasSize(total);
        assertThat(ascending).extracting(UserListItem::branchCode).isSortedAccordingTo(codes);
        assertThat(ascending).extracting(UserListItem::branchCode).contains("HN01", "SG01");

        List<UserListItem> descending = accounts.find(null, null, SortColumn.BRANCH, false, 0, total);
        assertThat(descending).extracting(UserListItem::branchCode).isSortedAccordingTo(codes.reversed());

        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 50) {
            accounts.find(null, null, SortColumn.BRANCH, true, offset, 50).forEach(u -> paged.add(u.id()));
        }
        assertThat(paged).as("pages follow one another").containsExactlyElementsOf(
                ascending.stream().map(UserListItem::id).toList());

        // filtered by role, the count and the list agree
        List<UserListItem> managers = accounts.find(null, Role.MANAGER, SortColumn.BRANCH, true, 0, total);
        assertThat(managers).hasSize(accounts.count(null, Role.MANAGER))
                .allSatisfy(u -> assertThat(u.roles()).contains(Role.MANAGER));
        assertThat(managers).extracting(UserListItem::branchCode).isSortedAccordingTo(codes);
    }

    @Test
    void apiTokensShowTheirBranchCode() {
        signIn.as(SignIn.HR);
        Branch hn01 = org.branchByCode("HN01").orElseThrow();
        signIn.as(SignIn.ADMIN);
        NewApiToken scoped = tokens.create(new ApiTokenData("Ki-ốt HN01 danh sách", Set.of(ApiScope.FEEDBACK_WRITE),
                hn01.id()));
        NewApiToken all = tokens.create(new ApiTokenData("Toàn chuỗi danh sách", Set.of(ApiScope.HR_READ), null));
        List<ApiTokenListItem> list = tokens.list();
        assertThat(list).filteredOn(t -> t.id() == scoped.id()).singleElement()
                .satisfies(t -> assertThat(t.branchCode()).isEqualTo("HN01"));
        assertThat(list).filteredOn(t -> t.id() == all.id()).singleElement()
                .satisfies(t -> assertThat(t.branchCode()).isNull());
    }
}
