package org.advocacy.api;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The integration API over HTTP (MockMvc on the shared application context): tokens, scopes, errors. */
class ApiTest extends MockMvcTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    OrgService org;

    private String token(Long branchId, ApiScope... scopes) {
        return api.secret(branchId, scopes);
    }

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }

    @Test
    void withoutTokenTheApiAnswers401Json() throws Exception {
        mvc.perform(get("/api/v1/branches"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void wrongTokenIs401() throws Exception {
        mvc.perform(get("/api/v1/branches").header("Authorization", bearer("adv_not-a-real-token-at-all")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void revokedTokenIs401() throws Exception {
        String secret = token(null, ApiScope.HR_READ);
        mvc.perform(get("/api/v1/branches").header("Authorization", bearer(secret))).andExpect(status().isOk());
        signIn.as(SignIn.ADMIN);
        long id = tokens.authenticate(secret).orElseThrow().tokenId();
        tokens.revoke(id);
        signIn.out();
        mvc.perform(get("/api/v1/branches").header("Authorization", bearer(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void metricsTokenReadsBranchesButNotEmployees() throws Exception {
        String secret = token(null, ApiScope.METRICS_READ);
        mvc.perform(get("/api/v1/employees").header("Authorization", bearer(secret)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/branches").header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(12)))) // tests may add branches
                .andExpect(jsonPath("$[*].code", hasItems("HN01", "SG01", "CT01")))
                .andExpect(jsonPath("$[0].code").isString())
                .andExpect(jsonPath("$[0].timeZone").isString());
    }

    @Test
    void feedbackTokenReadsNothing() throws Exception {
        String secret = token(null, ApiScope.FEEDBACK_WRITE);
        mvc.perform(get("/api/v1/branches").header("Authorization", bearer(secret)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void hrTokenPagesThroughAllStaff() throws Exception {
        String secret = token(null, ApiScope.HR_READ);
        MvcResult first = mvc.perform(get("/api/v1/employees").param("size", "50").header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(50)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items[0].fullName").isString())
                .andExpect(jsonPath("$.items[0].hireDate").isString())
                .andReturn();
        String body = first.getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(body, "$.total");
        assertThat(total).isBetween(280, 320);
        int lastPage = (total - 1) / 50;
        mvc.perform(get("/api/v1/employees").param("size", "50").param("page", String.valueOf(lastPage))
                        .header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(total - lastPage * 50)));
        String secondPage = mvc.perform(get("/api/v1/employees").param("size", "50").param("page", "1")
                .header("Authorization", bearer(secret))).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(secondPage, "$.items[0].id"))
                .isNotEqualTo(com.jayway.jsonpath.JsonPath.<Integer>read(body, "$.items[0].id"));
    }

    @Test
    void filtersByBranchAndUnknownBranchIs404() throws Exception {
        String secret = token(null, ApiScope.ADMIN);
        mvc.perform(get("/api/v1/employees").param("branch", "SG01").param("size", "500")
                        .header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].branch", everyItem(is("SG01"))));
        mvc.perform(get("/api/v1/employees").param("branch", "XX99").header("Authorization", bearer(secret)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message", containsString("XX99")));
    }

    @Test
    void branchBoundTokenSeesOnlyItsBranch() throws Exception {
        signIn.as(SignIn.ADMIN);
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        signIn.out();
        String secret = token(hn01, ApiScope.HR_READ);
        String body = mvc.perform(get("/api/v1/employees").param("size", "500").header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].branch", everyItem(is("HN01"))))
                .andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(body, "$.total");
        assertThat(total).isPositive().isLessThan(100);
        mvc.perform(get("/api/v1/employees").param("branch", "SG01").header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/branches").header("Authorization", bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("HN01"));
    }

    @Test
    void badPagingIs400Json() throws Exception {
        String secret = token(null, ApiScope.HR_READ);
        mvc.perform(get("/api/v1/employees").param("size", "501").header("Authorization", bearer(secret)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid"))
                .andExpect(jsonPath("$.field").value("size"))
                .andExpect(jsonPath("$.message").value("The page size must be between 1 and 500."));
        mvc.perform(get("/api/v1/employees").param("size", "0").header("Authorization", bearer(secret))
                        .header("Accept-Language", "vi-VN,vi;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Kích thước trang phải từ 1 đến 500."));
        mvc.perform(get("/api/v1/employees").param("page", "-1").header("Authorization", bearer(secret)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
        mvc.perform(get("/api/v1/employees").param("size", "many").header("Authorization", bearer(secret)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
    }

    @Test
    void unknownPathWithValidTokenIs404Json() throws Exception {
        String secret = token(null, ApiScope.ADMIN);
        mvc.perform(get("/api/v1/xyz").header("Authorization", bearer(secret)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void wrongMethodIs405Json() throws Exception {
        String secret = token(null, ApiScope.ADMIN);
        mvc.perform(post("/api/v1/branches").header("Authorization", bearer(secret)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("method_not_allowed"));
    }

    @Test
    void aBrowserSessionNeverOpensTheApi() throws Exception {
        mvc.perform(get("/api/v1/branches").with(user(SignIn.ADMIN).roles("ADMIN")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(signIn.as(SignIn.HR)));
        signIn.out();
        mvc.perform(get("/api/v1/employees").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void aTokenNeverOpensAView() throws Exception {
        String secret = token(null, ApiScope.ADMIN);
        for (String path : new String[] {"/employees", "/admin/users"}) {
            MvcResult result = mvc.perform(get(path).header("Authorization", bearer(secret))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isIn(302, 401);
            if (result.getResponse().getStatus() == 302) {
                assertThat(result.getResponse().getRedirectedUrl()).as(path).contains("/login");
            }
        }
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void openApiDescriptionIsPublicAndDescribesTheBearerScheme() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(containsString("/api/v1/branches")))
                .andExpect(content().string(containsString("/api/v1/employees")))
                .andExpect(content().string(containsString("bearer")))
                .andExpect(content().string(not(containsString("/api/v1/**"))))
                .andExpect(jsonPath("$.info.title").value("Advocacy Portal API"));
    }
}
