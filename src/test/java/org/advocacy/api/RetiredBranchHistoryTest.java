package org.advocacy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.Period;
import org.advocacy.org.Branch;
import org.advocacy.org.BranchData;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retiring a branch keeps its past (issue 9): its customer NPS and recognition counts of earlier months are the same
 * figures as before, marked retired, in the API and the services behind the screens.
 */
class RetiredBranchHistoryTest extends MockMvcTest {

    @Autowired
    OrgService org;
    @Autowired
    CustomerMetricsService metrics;
    @Autowired
    Clock clock;
    @Autowired
    OrgTimeZone zone;

    Branch ct01;
    String auth;
    String month;

    @BeforeEach
    void setUp() {
        signIn.as(SignIn.ADMIN);
        ct01 = org.branchByCode("CT01").orElseThrow();
        signIn.out();
        auth = api.bearer(null, ApiScope.METRICS_READ);
        month = YearMonth.now(clock.withZone(zone.zone())).minusMonths(1).toString();
    }

    @AfterEach
    void reopen() {
        setActive(true);
    }

    private void setActive(boolean active) {
        signIn.as(SignIn.ADMIN);
        try {
            org.updateBranch(ct01.id(), new BranchData(ct01.code(), ct01.name(), ct01.city(), ct01.region(),
                    ct01.timeZone(), active));
        } finally {
            signIn.out();
        }
    }

    private String call(String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", auth)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void customerNpsOfARetiredBranchIsItsHistoryMarkedRetired() throws Exception {
        String before = call("/api/v1/metrics/nps?period=" + month + "&branch=CT01");
        int n = JsonPath.read(before, "$.n");
        assertThat(n).isPositive();
        setActive(false);

        var response = mvc.perform(get("/api/v1/metrics/nps?period=" + month + "&branch=CT01").header("Authorization", auth))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String after = response.getContentAsString();
        assertThat((Integer) JsonPath.read(after, "$.n")).isEqualTo(n);
        assertThat((Double) JsonPath.read(after, "$.nps")).isEqualTo(JsonPath.<Double>read(before, "$.nps"));
        assertThat((Boolean) JsonPath.read(after, "$.retired")).isTrue();
        assertThat((Boolean) JsonPath.read(before, "$.retired")).isFalse();

        // the screen's service too (HR reads every branch)
        signIn.as(SignIn.HR);
        CustomerMetrics m = metrics.branch("CT01", Period.parse(month));
        assertThat(m.nps().n()).isEqualTo(n);
        assertThat(org.branchesInScope()).filteredOn(b -> b.code().equals("CT01")).singleElement()
                .extracting(Branch::active).isEqualTo(false);
    }

    @Test
    void recognitionCountsOfARetiredBranchStayMarkedRetired() throws Exception {
        String before = call("/api/v1/recognition?period=" + month + "&branch=CT01");
        List<Map<String, Object>> branchesBefore = JsonPath.read(before, "$.branches");
        assertThat(branchesBefore).hasSize(1);
        int recognitions = (Integer) branchesBefore.getFirst().get("recognitions");
        assertThat(recognitions).isPositive();
        setActive(false);

        String after = call("/api/v1/recognition?period=" + month + "&branch=CT01");
        List<Map<String, Object>> branchesAfter = JsonPath.read(after, "$.branches");
        assertThat(branchesAfter).hasSize(1);
        assertThat(branchesAfter.getFirst()).containsEntry("code", "CT01").containsEntry("retired", true)
                .containsEntry("recognitions", recognitions);
        assertThat((Map<String, Object>) JsonPath.read(after, "$.byValue")).isEqualTo(JsonPath.read(before, "$.byValue"));
        // the company-wide answer lists it as well
        List<String> all = JsonPath.read(call("/api/v1/recognition?period=" + month), "$.branches[*].code");
        assertThat(all).contains("CT01");
        // a month without history does not list the retired branch
        List<String> future = JsonPath.read(call("/api/v1/recognition?period=" + YearMonth.parse(month).plusYears(3)),
                "$.branches[*].code");
        assertThat(future).doesNotContain("CT01").isNotEmpty();
    }
}
