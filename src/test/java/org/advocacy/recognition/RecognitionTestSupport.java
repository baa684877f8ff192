package org.advocacy.recognition;

import java.util.List;
import org.advocacy.org.Branch;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeFilter;
import org.advocacy.org.EmployeeSort;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the recognition service tests: the services they call, the people and values they give to and with
 * (each helper signs out when done), and signing out after every test.
 */
@PortalTest
abstract class RecognitionTestSupport {

    @Autowired
    RecognitionService recognition;
    @Autowired
    CompanyValueService companyValues;
    @Autowired
    LeaderboardService leaderboards;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    /** An active employee of that branch who manages nothing and is not one of the demo sign-ins. */
    Employee someoneIn(String branchCode) {
        signIn.as(SignIn.HR);
        try {
            Branch b = org.branchByCode(branchCode).orElseThrow();
            return org.employees(new EmployeeFilter(null, b.id(), null, true), List.of(EmployeeSort.DEFAULT), 0, 50)
                    .stream().filter(e -> !e.manager() && !e.email().equals(SignIn.EMPLOYEE)).findFirst().orElseThrow();
        } finally {
            signIn.out();
        }
    }

    /** The id of the first active company value. */
    long valueId() {
        signIn.as(SignIn.HR);
        try {
            return companyValues.values(true).get(0).id();
        } finally {
            signIn.out();
        }
    }
}
