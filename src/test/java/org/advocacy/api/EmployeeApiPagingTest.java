package org.advocacy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.advocacy.security.ApiScope;
import org.advocacy.test.MockMvcTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14: GET /api/v1/employees pages by cursor (after=next): every employee once, no count per page. */
class EmployeeApiPagingTest extends MockMvcTest {

    String bearer;

    @BeforeEach
    void setUp() {
        bearer = api.bearer(null, ApiScope.HR_READ);
    }

    private String fetch(String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/employees")
                .header("Authorization", bearer);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void cursorPagesCoverEveryEmployeeOnceInNameOrder() throws Exception {
        String first = fetch("size", "500", "active", "true");
        int total = JsonPath.read(first, "$.total");
        List<Integer> expected = JsonPath.read(first, "$.items[*].id");
        assertThat(expected).hasSize(total);

        List<Integer> paged = new ArrayList<>();
        String body = fetch("size", "37", "active", "true");
        while (true) {
            paged.addAll(JsonPath.<List<Integer>>read(body, "$.items[*].id"));
            String next = (String) JsonPath.<java.util.Map<String, Object>>read(body, "$").get("next");
            if (next == null) {
                break;
            }
            body = fetch("size", "37", "active", "true", "after", next);
            assertThat(JsonPath.<Object>read(body, "$")).asString().doesNotContain("total", "page=");
        }
        assertThat(paged).isEqualTo(expected);
        assertThat(new HashSet<>(paged)).hasSize(total);
    }

    @Test
    void theLastPageHasNoNextAndPageNumbersStillWork() throws Exception {
        String all = fetch("size", "500", "branch", "HN01");
        int total = JsonPath.read(all, "$.total");
        assertThat(JsonPath.<Object>read(all, "$")).asString().doesNotContain("next=");
        String page1 = fetch("size", "10", "branch", "HN01", "page", "1");
        assertThat(JsonPath.<List<Integer>>read(page1, "$.items[*].id"))
                .isEqualTo(JsonPath.<List<Integer>>read(all, "$.items[*].id").subList(10, Math.min(20, total)));
    }

    @Test
    void aBadCursorIs400() throws Exception {
        mvc.perform(get("/api/v1/employees").param("after", "not a cursor!").header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("after"));
        String next = JsonPath.read(fetch("size", "5"), "$.next");
        mvc.perform(get("/api/v1/employees").param("after", next).param("page", "2").header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("after"));
    }
}
