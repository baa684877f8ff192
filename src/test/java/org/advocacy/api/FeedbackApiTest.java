package org.advocacy.api;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenService;
import org.advocacy.test.InsightsEvents;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** POST /api/v1/feedback(/batch) and GET /api/v1/metrics/nps over HTTP with real tokens. */
class FeedbackApiTest extends MockMvcTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    OrgService org;
    @Autowired
    DSLContext dsl;

    private String token(Long branchId, ApiScope... scopes) {
        return api.bearer(branchId, scopes);
    }

    private static String item(String branch, int nps, String externalId) {
        return """
                {"branch": "%s", "nps": %d, "csat": 5, "ces": 6, "touchpoint": "treatment", "employee": "lan.tran@senspa.vn",
                 "praise": "Chị Lan rất chu đáo", "comment": "Sẽ quay lại",
                 "contact": {"name": "Khách", "phone": "0912 345 678", "email": "khach@example.com", "consent": true},
                 "submittedAt": "2026-10-03T10:15:00+07:00", "externalId": "%s"}
                """.formatted(branch, nps, externalId);
    }

    @Test
    void theSameExternalIdAnswers201ThenTheSameIdWith200() throws Exception {
        String auth = token(null, ApiScope.FEEDBACK_WRITE);
        String ext = "pos-" + UUID.randomUUID();
        String first = mvc.perform(post("/api/v1/feedback").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content(item("HN01", 9, ext)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id", notNullValue()))
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/feedback").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content(item("HN01", 9, ext)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(ext))).isEqualTo(1);
    }

    @Test
    void invalidInputAnswers400WithATranslatedMessage() throws Exception {
        String auth = token(null, ApiScope.FEEDBACK_WRITE);
        mvc.perform(post("/api/v1/feedback").header("Authorization", auth).header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON).content(item("HN01", 12, "x-" + UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", is("invalid")))
                .andExpect(jsonPath("$.field", is("nps")))
                .andExpect(jsonPath("$.message", is("Vui lòng chọn một điểm từ 0 đến 10.")));
    }

    @Test
    void withoutTheScopeOrOutsideItsBranchTheApiRefuses() throws Exception {
        mvc.perform(post("/api/v1/feedback").header("Authorization", token(null, ApiScope.METRICS_READ))
                .contentType(MediaType.APPLICATION_JSON).content(item("HN01", 9, "s-" + UUID.randomUUID())))
                .andExpect(status().isForbidden());
        signIn.as(SignIn.ADMIN);
        long hn01 = org.branchByCode("HN01").orElseThrow().id();
        signIn.out();
        mvc.perform(post("/api/v1/feedback").header("Authorization", token(hn01, ApiScope.FEEDBACK_WRITE))
                .contentType(MediaType.APPLICATION_JSON).content(item("SG01", 9, "s-" + UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("branch")));
    }

    @Test
    void aBatchIsAllOrNothingAndListsEveryBadItem() throws Exception {
        String auth = token(null, ApiScope.FEEDBACK_WRITE);
        String prefix = "b-" + UUID.randomUUID() + "-";
        String bad = "[" + item("HN01", 9, prefix + 0) + "," + item("HN01", -1, prefix + 1) + "," + item("HN01", 5, prefix + 2)
                + "," + item("ZZ99", 5, prefix + 3) + "]";
        mvc.perform(post("/api/v1/feedback/batch").header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].index", is(1))).andExpect(jsonPath("$.items[0].field", is("nps")))
                .andExpect(jsonPath("$.items[1].index", is(3))).andExpect(jsonPath("$.items[1].message", notNullValue()));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(prefix))).isZero();

        String good = "[" + item("HN01", 9, prefix + 0) + "," + item("HN01", 3, prefix + 1) + "]";
        mvc.perform(post("/api/v1/feedback/batch").header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                        .content(good))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created", is(2)));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(prefix))).isEqualTo(2);
    }

    @Test
    void aBatchOfMoreThan1000ItemsIsRefused() throws Exception {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) {
            big.append(i == 0 ? "" : ",").append("{\"branch\":\"HN01\",\"nps\":9}");
        }
        mvc.perform(post("/api/v1/feedback/batch").header("Authorization", token(null, ApiScope.FEEDBACK_WRITE))
                        .contentType(MediaType.APPLICATION_JSON).content(big.append("]").toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", is("invalid")));
    }

    @Test
    void npsMetricsOfAPeriod() throws Exception {
        String write = token(null, ApiScope.FEEDBACK_WRITE);
        // three answers in a month long ago, so that nothing else lands there: 2 promoters, 1 detractor
        for (int nps : new int[] {10, 9, 2}) {
            mvc.perform(post("/api/v1/feedback").header("Authorization", write).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"branch\":\"CT01\",\"nps\":" + nps + ",\"csat\":" + (nps > 5 ? 5 : 2)
                            + ",\"submittedAt\":\"2022-03-15T10:00:00+07:00\"}"))
                    .andExpect(status().isCreated());
        }
        InsightsEvents.awaitProcessed(dsl); // the figures come from the monthly rollups (issue 13)
        mvc.perform(get("/api/v1/metrics/nps?period=2022-03&branch=CT01")
                        .header("Authorization", token(null, ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period", is("2022-03"))).andExpect(jsonPath("$.branch", is("CT01")))
                .andExpect(jsonPath("$.n", is(3))).andExpect(jsonPath("$.promoters", is(2)))
                .andExpect(jsonPath("$.detractors", is(1))).andExpect(jsonPath("$.nps", is(33.3)))
                .andExpect(jsonPath("$.csatPct", is(66.7))).andExpect(jsonPath("$.margin", notNullValue()));
        mvc.perform(get("/api/v1/metrics/nps?period=2022-13&branch=CT01")
                        .header("Authorization", token(null, ApiScope.METRICS_READ)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/metrics/nps?period=2022-03&branch=CT01")
                        .header("Authorization", token(null, ApiScope.FEEDBACK_WRITE)))
                .andExpect(status().isForbidden());
    }
}
