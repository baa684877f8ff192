package org.advocacy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.advocacy.demo.DemoBranch;
import org.advocacy.demo.DemoOrganisation;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/insights/advocacy and /lag: the JSON shape, scopes, branch-bound tokens and bad input. */
class InsightsApiTest extends MockMvcTest {

    @Autowired
    OrgService org;

    private String token(Long branchId, ApiScope... scopes) {
        return api.bearer(branchId, scopes);
    }

    @Test
    void theDemoRelationshipWithHp01AsTheException() throws Exception {
        String body = mvc.perform(get("/api/v1/insights/advocacy").param("lag", "0").header("Accept-Language", "en")
                        .header("Authorization", token(null, ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").isString())
                .andExpect(jsonPath("$.lag").value(0))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // a branch-month hidden by the pulse release (complementary suppression) leaves its branch out with a reason:
        // every demo branch is either paired or listed as left out, and N counts exactly the pairs
        java.util.List<String> paired = com.jayway.jsonpath.JsonPath.read(body, "$.pairs[*].branch");
        java.util.List<String> left = com.jayway.jsonpath.JsonPath.read(body, "$.excluded[*].branch");
        java.util.List<String> reasons = com.jayway.jsonpath.JsonPath.read(body, "$.excluded[*].reason");
        assertThat(paired).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(reasons).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(new java.util.HashSet<>(paired) {{ addAll(left); }})
                .containsAll(DemoOrganisation.BRANCHES.stream().map(DemoBranch::code).toList());
        assertThat(paired).noneMatch(left::contains); // left may be empty: every demo branch paired
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(body, "$.n")).isEqualTo(paired.size());
        mvc.perform(get("/api/v1/insights/advocacy").param("lag", "0").header("Accept-Language", "en")
                        .header("Authorization", token(null, ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs[0].branch").isString())
                .andExpect(jsonPath("$.pairs[0].enps").isNumber())
                .andExpect(jsonPath("$.pairs[0].enpsN").isNumber())
                .andExpect(jsonPath("$.pairs[0].enpsMargin").isNumber())
                .andExpect(jsonPath("$.pairs[0].nps").isNumber())
                .andExpect(jsonPath("$.pairs[0].npsN").isNumber())
                .andExpect(jsonPath("$.pairs[0].npsMargin").isNumber())
                .andExpect(jsonPath("$.pairs[0].recognitionPerHead").isNumber())
                .andExpect(jsonPath("$.excluded").isArray()) // branches other tests add have no data
                .andExpect(jsonPath("$.pearson.r").isNumber())
                .andExpect(jsonPath("$.pearson.low").isNumber())
                .andExpect(jsonPath("$.pearson.high").isNumber())
                .andExpect(jsonPath("$.pearson.p").isNumber())
                .andExpect(jsonPath("$.spearman.rho").isNumber())
                .andExpect(jsonPath("$.exceptions", hasSize(1)))
                .andExpect(jsonPath("$.exceptions[0].branch").value("HP01"))
                .andExpect(jsonPath("$.exceptions[0].sentence", containsString("well below")))
                .andExpect(jsonPath("$.sentence", containsString("not causation")));
    }

    @Test
    void sentencesFollowTheRequestLanguage() throws Exception {
        mvc.perform(get("/api/v1/insights/advocacy").param("period", "last-6").header("Accept-Language", "vi")
                        .header("Authorization", token(null, ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("last-6"))
                .andExpect(jsonPath("$.sentence", containsString("Tương quan không phải nhân quả")));
    }

    @Test
    void lagPerLWithTheOneMonthLead() throws Exception {
        mvc.perform(get("/api/v1/insights/lag").header("Accept-Language", "en")
                        .header("Authorization", token(null, ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lags", hasSize(7)))
                .andExpect(jsonPath("$.lags[0].lag").value(-3))
                .andExpect(jsonPath("$.lags[4].lag").value(1))
                .andExpect(jsonPath("$.lags[4].within.r").isNumber())
                .andExpect(jsonPath("$.lags[4].across.low").isNumber())
                .andExpect(jsonPath("$.suggestedLag").value(1))
                .andExpect(jsonPath("$.sentence", containsString("hypothesis")));
    }

    @Test
    void aBranchBoundTokenSeesOneBranchAndNoStatistics() throws Exception {
        signIn.as(SignIn.ADMIN);
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        signIn.out();
        mvc.perform(get("/api/v1/insights/advocacy").header("Authorization", token(hn01, ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs", hasSize(1)))
                .andExpect(jsonPath("$.pairs[0].branch").value("HN01"))
                .andExpect(jsonPath("$.pearson").value(nullValue()))
                .andExpect(jsonPath("$.sentence", containsString("Not enough branches")));
    }

    @Test
    void wrongScopeBadPeriodAndBadLagAreRefused() throws Exception {
        mvc.perform(get("/api/v1/insights/advocacy").header("Authorization", token(null, ApiScope.HR_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights/advocacy")).andExpect(status().isUnauthorized());
        String t = token(null, ApiScope.METRICS_READ);
        mvc.perform(get("/api/v1/insights/advocacy").param("period", "2026-Q9").header("Accept-Language", "en")
                        .header("Authorization", t))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("quarter")));
        mvc.perform(get("/api/v1/insights/advocacy").param("lag", "4").header("Authorization", t))
                .andExpect(status().isBadRequest());
    }
}
