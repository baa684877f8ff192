package org.advocacy.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recipient picker's search of staff (issue 10, moved from recognition into org's {@code StaffSearch}): the
 * company-wide search reads a page in name order from ix_employee_active_name, with no sort of all staff, whatever
 * the text (a LIKE with a leading "%" cannot seek, but it still walks the index in order and stops after the page).
 */
@PortalTest
class StaffSearchIndexTest {

    @Autowired
    StaffSearchQuery query;
    @Autowired
    DSLContext dsl;

    @Test
    void theCompanyWideSearchWalksTheNameIndex() {
        for (String text : new String[] {null, "an", "50%_off"}) {
            String plan = dsl.explain(query.activeQuery(text, null, 1L, null, 0, 50)).plan();
            assertThat(plan).as(text).contains("ix_employee_active_name").doesNotContainIgnoringCase("filesort");
        }
        // a manager's branches: their staff from the branch index, sorted (a branch's staff, not the company's)
        String plan = dsl.explain(query.activeQuery("an", Set.of(1L, 2L), 1L, 1L, 0, 50)).plan();
        assertThat(plan).containsPattern("ix_employee_branch(_name)?");
    }
}
