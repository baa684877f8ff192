package org.advocacy.survey;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ROUND;
import static org.advocacy.jooq.Tables.PULSE_ROUND_AUDIENCE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.advocacy.security.ApiScope;
import org.advocacy.test.MockMvcTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The eNPS metric and the all-or-nothing import over HTTP, with scopes and suppression. */
class PulseApiTest extends MockMvcTest {

    @Autowired
    DSLContext dsl;

    private String token(ApiScope... scopes) {
        return api.bearer(null, scopes);
    }

    private static String lastMonth() {
        return YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(2).toString();
    }

    @Test
    void invitedOfARoundIsTheAudienceOfTheAskedBranch() throws Exception {
        // the latest closed demo round; its audience was stored per branch when it opened
        long round = dsl.select(PULSE_ROUND.ID).from(PULSE_ROUND).where(PULSE_ROUND.STATUS.eq(RoundStatus.CLOSED))
                .andExists(dsl.selectOne().from(PULSE_ROUND_AUDIENCE).where(PULSE_ROUND_AUDIENCE.ROUND_ID.eq(PULSE_ROUND.ID)))
                .orderBy(PULSE_ROUND.CLOSES_AT.desc()).limit(1).fetchSingle().value1();
        int company = dsl.select(DSL.sum(PULSE_ROUND_AUDIENCE.INVITED)).from(PULSE_ROUND_AUDIENCE)
                .where(PULSE_ROUND_AUDIENCE.ROUND_ID.eq(round)).fetchOne(0, Integer.class);
        int sg01 = dsl.select(DSL.sum(PULSE_ROUND_AUDIENCE.INVITED)).from(PULSE_ROUND_AUDIENCE).join(BRANCH)
                .on(BRANCH.ID.eq(PULSE_ROUND_AUDIENCE.BRANCH_ID)).where(PULSE_ROUND_AUDIENCE.ROUND_ID.eq(round))
                .and(BRANCH.CODE.eq("SG01")).fetchOne(0, Integer.class);
        assertThat(sg01).isPositive().isLessThan(company);
        String auth = token(ApiScope.METRICS_READ);
        mvc.perform(get("/api/v1/metrics/enps").param("round", String.valueOf(round)).header("Authorization", auth))
                .andExpect(status().isOk()).andExpect(jsonPath("$.invited").value(company));
        mvc.perform(get("/api/v1/metrics/enps").param("round", String.valueOf(round)).param("branch", "SG01")
                        .header("Authorization", auth))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.invited").value(sg01));
    }

    @Test
    void companyEnpsOfAMonthHasFiguresAndTheMargin() throws Exception {
        mvc.perform(get("/api/v1/metrics/enps").param("period", lastMonth()).header("Authorization", token(ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.n").isNumber())
                .andExpect(jsonPath("$.margin").isNumber())
                .andExpect(jsonPath("$.enps").isNumber())
                .andExpect(jsonPath("$.promoters").isNumber());
        mvc.perform(get("/api/v1/metrics/enps").param("period", "2026-13").header("Authorization", token(ApiScope.METRICS_READ)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDifferencingAttemptIsRefusedWithoutFigures() throws Exception {
        // 2018-05: SG01 has 12 therapy answers and 3 nail answers. Therapy alone would reveal the nails by subtraction.
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 15; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"period\": \"2018-05\", \"branch\": \"SG01\", \"department\": \"")
                    .append(i < 12 ? "Trị liệu" : "Nail & Tóc").append("\", \"score\": ").append(i < 12 ? 10 : 0).append("}");
        }
        rows.append("]");
        mvc.perform(post("/api/v1/pulse-answers/import").contentType(MediaType.APPLICATION_JSON).content(rows.toString())
                .header("Authorization", token(ApiScope.PULSE_IMPORT))).andExpect(status().isCreated());
        String auth = token(ApiScope.METRICS_READ);
        mvc.perform(get("/api/v1/metrics/enps").param("period", "2018-05").param("branch", "SG01").header("Authorization", auth))
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.n").value(15));
        mvc.perform(get("/api/v1/metrics/enps").param("period", "2018-05").param("branch", "SG01")
                        .param("department", "Trị liệu").header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.reason").value("differencing"))
                .andExpect(jsonPath("$.n").doesNotExist())
                .andExpect(jsonPath("$.enps").doesNotExist());
        mvc.perform(get("/api/v1/metrics/enps").param("period", "2018-05").param("department", "Nail & Tóc")
                        .header("Authorization", auth))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.reason").value("tooFew"))
                .andExpect(jsonPath("$.promoters").doesNotExist());
    }

    @Test
    void theMetricNeedsItsScope() throws Exception {
        mvc.perform(get("/api/v1/metrics/enps").param("period", lastMonth()).header("Authorization", token(ApiScope.PULSE_IMPORT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void importIsAllOrNothingWithEachBadRowListed() throws Exception {
        String auth = token(ApiScope.PULSE_IMPORT);
        int before = dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.IMPORTED.isTrue());
        String bad = """
                [{"date": "2025-03-14", "branch": "HN01", "score": 9, "drivers": {"recognition": 4}},
                 {"period": "2025-03", "branch": "XX99", "score": 7},
                 {"period": "2025-03", "branch": "HN01", "score": 12},
                 {"branch": "HN01", "score": 5}]
                """;
        mvc.perform(post("/api/v1/pulse-answers/import").contentType(MediaType.APPLICATION_JSON).content(bad)
                        .header("Authorization", auth))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid"))
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[0].index").value(1))
                .andExpect(jsonPath("$.rows[1].index").value(2))
                .andExpect(jsonPath("$.rows[2].index").value(3));
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.IMPORTED.isTrue())).isEqualTo(before);

        StringBuilder good = new StringBuilder("[");
        for (int i = 0; i < 12; i++) {
            good.append(i == 0 ? "" : ",").append("{\"period\": \"2019-02\", \"branch\": \"SG01\", \"department\": \"Trị liệu\", "
                    + "\"tenureBand\": \"1-3\", \"score\": ").append(i % 11).append(", \"comment\": \"cũ ").append(i).append("\"}");
        }
        good.append("]");
        mvc.perform(post("/api/v1/pulse-answers/import").contentType(MediaType.APPLICATION_JSON).content(good.toString())
                        .header("Authorization", auth))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.count").value(12));
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.IMPORTED.isTrue())).isEqualTo(before + 12);
        // imported answers count in the figures like any other
        mvc.perform(get("/api/v1/metrics/enps").param("period", "2019-Q1").header("Authorization", token(ApiScope.METRICS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.n").value(12))
                .andExpect(jsonPath("$.suppressed").value(false));
        mvc.perform(get("/api/v1/metrics/enps").param("period", "2019-02").param("branch", "HN01")
                        .header("Authorization", token(ApiScope.METRICS_READ)))
                .andExpect(jsonPath("$.suppressed").value(true));
    }
}
