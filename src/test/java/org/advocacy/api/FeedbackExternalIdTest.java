package org.advocacy.api;

import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.advocacy.org.OrgService;
import org.advocacy.security.ApiScope;
import org.advocacy.test.MockMvcTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * External ids are unique per branch (issue 9): a token bound to HN01 never learns nor blocks an SG01 answer with the
 * same external id, and API items are deduplicated by external id only, never by their text.
 */
class FeedbackExternalIdTest extends MockMvcTest {

    @Autowired
    OrgService org;
    @Autowired
    DSLContext dsl;

    long hn01;
    long sg01;

    @BeforeEach
    void setUp() {
        signIn.as(SignIn.ADMIN);
        hn01 = org.branchByCode("HN01").orElseThrow().id();
        sg01 = org.branchByCode("SG01").orElseThrow().id();
        signIn.out();
    }

    private String token(Long branchId) {
        return api.bearer(branchId, ApiScope.FEEDBACK_WRITE);
    }

    private static String item(String branch, String externalId, String praise, String submittedAt) {
        return """
                {"branch": "%s", "nps": 9, "praise": "%s", "submittedAt": "%s", "externalId": "%s"}
                """.formatted(branch, praise, submittedAt, externalId);
    }

    private long post1(String auth, String body, int expected) throws Exception {
        String r = mvc.perform(post("/api/v1/feedback").header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return expected < 300 ? ((Number) JsonPath.read(r, "$.id")).longValue() : -1;
    }

    @Test
    void aTokenOfHn01PostingSg01sExternalIdGetsItsOwnRecordNeverSg01s() throws Exception {
        String ext = "pos-" + UUID.randomUUID();
        long sg01Answer = post1(token(sg01), item("SG01", ext, "Rất tốt", "2026-10-01T10:00:00+07:00"), 201);

        String hn01Token = token(hn01);
        // asking for SG01 is refused without any id
        mvc.perform(post("/api/v1/feedback").header("Authorization", hn01Token).contentType(MediaType.APPLICATION_JSON)
                        .content(item("SG01", ext, "Rất tốt", "2026-10-01T10:00:00+07:00")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("branch"))
                .andExpect(jsonPath("$.id").doesNotExist());
        // the same external id in its own branch is a different answer
        long hn01Answer = post1(hn01Token, item("HN01", ext, "Rất tốt", "2026-10-01T10:00:00+07:00"), 201);
        assertThat(hn01Answer).isNotEqualTo(sg01Answer);
        assertThat(post1(hn01Token, item("HN01", ext, "Rất tốt", "2026-10-01T10:00:00+07:00"), 200)).isEqualTo(hn01Answer);
        assertThat(dsl.select(CUSTOMER_FEEDBACK.BRANCH_ID).from(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(ext))
                .fetchSet(CUSTOMER_FEEDBACK.BRANCH_ID)).containsExactlyInAnyOrder(hn01, sg01);
    }

    @Test
    void anHn01AnswerPostedFirstDoesNotSwallowSg01sGenuineAnswer() throws Exception {
        String ext = "pos-" + UUID.randomUUID();
        post1(token(hn01), item("HN01", ext, "Tuyệt vời", "2026-10-02T09:00:00+07:00"), 201);
        String batch = "[" + item("SG01", ext, "Chu đáo", "2026-10-02T11:00:00+07:00") + "]";
        mvc.perform(post("/api/v1/feedback/batch").header("Authorization", token(sg01)).contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.alreadyStored").value(0));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(ext)
                .and(CUSTOMER_FEEDBACK.BRANCH_ID.eq(sg01)).and(CUSTOMER_FEEDBACK.PRAISE.eq("Chu đáo")))).isEqualTo(1);
        // re-sending the batch stores nothing more
        mvc.perform(post("/api/v1/feedback/batch").header("Authorization", token(null)).contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk()).andExpect(jsonPath("$.alreadyStored").value(1));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.eq(ext))).isEqualTo(2);
    }

    @Test
    void twoCustomersIdenticalShortPraiseOnDifferentDaysAreBothStored() throws Exception {
        String auth = token(null);
        String prefix = "till-" + UUID.randomUUID() + "-";
        post1(auth, item("HN01", prefix + 1, "Rất tốt", "2026-10-05T10:00:00+07:00"), 201);
        post1(auth, item("HN01", prefix + 2, "Rất tốt", "2026-10-06T15:30:00+07:00"), 201);
        // and in one batch too
        mvc.perform(post("/api/v1/feedback/batch").header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                        .content("[" + item("HN01", prefix + 3, "Rất tốt", "2026-10-07T10:00:00+07:00") + ","
                                + item("HN01", prefix + 4, "Rất tốt", "2026-10-08T10:00:00+07:00") + "]"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(2));
        assertThat(dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.startsWith(prefix))).isEqualTo(4);
    }
}
