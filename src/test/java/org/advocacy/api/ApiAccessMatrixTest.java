package org.advocacy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Endpoint × scope × branch restriction for every /api/v1 operation the OpenAPI document lists. The table below has
 * one row per operation; an operation in /api/docs without a row (a new endpoint) fails this test, so nobody adds an
 * endpoint without deciding who may call it. Each row states the scopes that open it (admin is implied by the
 * hierarchy, never listed), a request that passes validation far enough to show authorisation, and what a token bound
 * to HN01 gets when it asks for SG01.
 */
class ApiAccessMatrixTest extends MockMvcTest {

    /** One operation: the scopes that open it, a request for a branch, and the check of a foreign-branch request. */
    record Row(Set<ApiScope> scopes, Function<String, MockHttpServletRequestBuilder> request,
            Consumer<MockHttpServletResponse> foreignBranch) {
    }

    @Autowired
    OrgService org;

    long hn01;

    @BeforeEach
    void setUp() {
        signIn.as(SignIn.ADMIN);
        hn01 = org.branchByCode("HN01").orElseThrow().id();
        signIn.out();
    }

    static Map<String, Row> matrix() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("GET /api/v1/branches", new Row(EnumSet.of(ApiScope.HR_READ, ApiScope.METRICS_READ),
                b -> get("/api/v1/branches"),
                r -> assertThat(JsonPath.<List<String>>read(body(r), "$[*].code")).containsExactly("HN01")));
        rows.put("GET /api/v1/employees", new Row(EnumSet.of(ApiScope.HR_READ),
                b -> get("/api/v1/employees").param("branch", b),
                r -> {
                    assertThat(r.getStatus()).isEqualTo(200);
                    assertThat(JsonPath.<Integer>read(body(r), "$.total")).isZero();
                }));
        rows.put("GET /api/v1/recognition", new Row(EnumSet.of(ApiScope.METRICS_READ),
                b -> get("/api/v1/recognition").param("period", "2026-01").param("branch", b),
                r -> assertThat(r.getStatus()).isEqualTo(403)));
        rows.put("GET /api/v1/metrics/enps", new Row(EnumSet.of(ApiScope.METRICS_READ),
                b -> get("/api/v1/metrics/enps").param("period", "2026-01").param("branch", b),
                r -> assertThat(r.getStatus()).isEqualTo(403)));
        rows.put("GET /api/v1/metrics/nps", new Row(EnumSet.of(ApiScope.METRICS_READ),
                b -> get("/api/v1/metrics/nps").param("period", "2026-01").param("branch", b),
                r -> assertThat(r.getStatus()).isEqualTo(403)));
        rows.put("POST /api/v1/pulse-answers/import", new Row(EnumSet.of(ApiScope.PULSE_IMPORT),
                // a score out of range: authorised callers get 400 for the row, nothing is stored
                b -> post("/api/v1/pulse-answers/import").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"period\": \"2024-01\", \"branch\": \"" + b + "\", \"score\": 11}]"),
                r -> {
                    assertThat(r.getStatus()).isEqualTo(400);
                    assertThat(body(r)).contains("SG01").contains("HN01");
                }));
        rows.put("GET /api/v1/pulse-answers/imports", new Row(EnumSet.of(ApiScope.PULSE_IMPORT),
                b -> get("/api/v1/pulse-answers/imports"),
                // batches are company-wide: a branch-bound token sees none
                r -> assertThat(JsonPath.<List<Object>>read(body(r), "$")).isEmpty()));
        rows.put("DELETE /api/v1/pulse-answers/imports/{id}", new Row(EnumSet.of(ApiScope.PULSE_IMPORT),
                // no such batch: authorised callers get 400, a branch-bound token the same for every batch
                b -> delete("/api/v1/pulse-answers/imports/0"),
                r -> assertThat(r.getStatus()).isEqualTo(400)));
        rows.put("GET /api/v1/insights/advocacy", new Row(EnumSet.of(ApiScope.METRICS_READ),
                b -> get("/api/v1/insights/advocacy").param("period", "2026-Q1"),
                // the scope applies inside the analysis: a token bound to HN01 sees HN01 only
                r -> {
                    assertThat(r.getStatus()).isEqualTo(200);
                    assertThat(JsonPath.<List<String>>read(body(r), "$.pairs[*].branch")).allMatch("HN01"::equals);
                    assertThat(JsonPath.<List<String>>read(body(r), "$.excluded[*].branch")).allMatch("HN01"::equals);
                }));
        rows.put("GET /api/v1/insights/lag", new Row(EnumSet.of(ApiScope.METRICS_READ),
                b -> get("/api/v1/insights/lag").param("period", "2026-Q1"),
                r -> assertThat(r.getStatus()).isEqualTo(200)));
        rows.put("POST /api/v1/feedback", new Row(EnumSet.of(ApiScope.FEEDBACK_WRITE),
                b -> post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"branch\": \"" + b + "\", \"nps\": 11}"),
                r -> {
                    assertThat(r.getStatus()).isEqualTo(400);
                    assertThat(JsonPath.<String>read(body(r), "$.field")).isEqualTo("branch");
                }));
        rows.put("POST /api/v1/feedback/batch", new Row(EnumSet.of(ApiScope.FEEDBACK_WRITE),
                b -> post("/api/v1/feedback/batch").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"branch\": \"" + b + "\", \"nps\": 11}]"),
                r -> {
                    assertThat(r.getStatus()).isEqualTo(400);
                    assertThat(JsonPath.<String>read(body(r), "$.items[0].field")).isEqualTo("branch");
                }));
        return rows;
    }

    private static String body(MockHttpServletResponse r) {
        try {
            return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() throws Exception {
        assertThat(documentedOperations()).isEqualTo(new TreeSet<>(matrix().keySet()));
    }

    @Test
    void eachScopeOpensExactlyItsOperationsAndAdminOpensAll() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Long branch : new Long[] {null, hn01}) {
            for (ApiScope scope : ApiScope.values()) {
                String auth = token(branch, scope);
                for (Map.Entry<String, Row> op : matrix().entrySet()) {
                    boolean allowed = scope.implied().stream().anyMatch(op.getValue().scopes()::contains);
                    int status = mvc.perform(op.getValue().request().apply("HN01").header("Authorization", auth))
                            .andReturn().getResponse().getStatus();
                    boolean refused = status == 403 || status == 401;
                    if (allowed == refused) {
                        failures.add(op.getKey() + " with " + scope.code() + (branch == null ? "" : " (HN01)") + ": "
                                + status);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutATokenEveryOperationIs401() throws Exception {
        for (Map.Entry<String, Row> op : matrix().entrySet()) {
            assertThat(mvc.perform(op.getValue().request().apply("HN01")).andReturn().getResponse().getStatus())
                    .as(op.getKey()).isEqualTo(401);
        }
    }

    @Test
    void aTokenBoundToHn01NeverReachesSg01() throws Exception {
        String auth = token(hn01, ApiScope.ADMIN);
        for (Map.Entry<String, Row> op : matrix().entrySet()) {
            MockHttpServletResponse r = mvc.perform(op.getValue().request().apply("SG01").header("Authorization", auth))
                    .andReturn().getResponse();
            try {
                op.getValue().foreignBranch().accept(r);
            } catch (AssertionError e) {
                throw new AssertionError(op.getKey() + ": " + r.getStatus() + " " + body(r), e);
            }
        }
    }

    private Set<String> documentedOperations() throws Exception {
        String docs = mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        Set<String> ops = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(ops).isNotEmpty();
        return ops;
    }

    private String token(Long branchId, ApiScope scope) {
        return api.bearer(branchId, scope);
    }
}
