package org.advocacy.survey;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER;
import static org.advocacy.jooq.Tables.PULSE_ANSWER_DRIVER;
import static org.advocacy.jooq.Tables.PULSE_PARTICIPATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advocacy.kernel.ValidationException;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Answering a pulse: one answer per person (also under races), stored with nothing that points to its author. */
@PortalTest
class PulseAnsweringTest {

    private static final Logger log = LoggerFactory.getLogger(PulseAnsweringTest.class);

    @Autowired
    PulseProgramService pulsePrograms;
    @Autowired
    PulseAnswerService pulseAnswers;
    @Autowired
    PulseResultsService pulseResults;
    @Autowired
    OrgService org;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;
    @Autowired
    PulseTestSupport support;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theStoredAnswerHasNothingThatPointsToItsAuthor() {
        long round = support.openRound("Anonymity check");
        signIn.as(SignIn.EMPLOYEE);
        Employee lan = org.ownProfile().orElseThrow();
        String marker = "marker-" + UUID.randomUUID();
        assertThat(pulseAnswers.myOpenRounds()).anySatisfy(r -> {
            assertThat(r.roundId()).isEqualTo(round);
            assertThat(r.answered()).isFalse();
        });
        pulseAnswers.submit(round, new AnswerData(9, Map.of("team", 4, "pride", 5), marker));
        assertThat(pulseAnswers.myOpenRounds()).filteredOn(r -> r.roundId() == round).singleElement()
                .satisfies(r -> assertThat(r.answered()).isTrue());

        Record row = dsl.selectFrom(PULSE_ANSWER).where(PULSE_ANSWER.COMMENT.eq(marker)).fetchSingle();
        // the columns are exactly these: no user, employee, e-mail, IP or time of day
        assertThat(List.of(row.fields()).stream().map(f -> f.getName()).toList()).containsExactly("id", "round_id",
                "answered_on", "period_month", "branch_id", "department", "tenure_band", "score", "comment", "imported", "batch_id",
                "has_comment");
        assertThat(row.get(PULSE_ANSWER.HAS_COMMENT)).isTrue();
        long userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(SignIn.EMPLOYEE)).fetchSingle().value1();
        for (Object value : row.intoArray()) {
            String s = String.valueOf(value);
            assertThat(s).doesNotContain(SignIn.EMPLOYEE).doesNotContain(lan.fullName());
            if (value instanceof Long l && !l.equals(row.get(PULSE_ANSWER.ROUND_ID)) && !l.equals(row.get(PULSE_ANSWER.BRANCH_ID))) {
                assertThat(l).isNotEqualTo(lan.id()).isNotEqualTo(userId);
            }
        }
        UUID id = UUID.fromString(row.get(PULSE_ANSWER.ID));
        assertThat(id.version()).isEqualTo(4); // random, not time-based or sequential
        assertThat(row.get(PULSE_ANSWER.ANSWERED_ON)).isInstanceOf(LocalDate.class);
        assertThat(row.get(PULSE_ANSWER.BRANCH_ID)).isEqualTo(lan.branchId()); // segment copied at submit time
        // generalised at submit time (rule 13): her department and band, or dropped when fewer than k share them
        assertThat(row.get(PULSE_ANSWER.DEPARTMENT)).isIn(lan.departmentName(), null);
        assertThat(row.get(PULSE_ANSWER.TENURE_BAND)).isIn(TenureBand.of(lan.hireDate(), LocalDate.now()), null);
        // no column of the answer tables can hold a time of day or a person
        List<String> columns = dsl.fetch("select lower(column_name), lower(data_type) from information_schema.columns "
                + "where table_schema = database() and table_name in ('pulse_answer', 'pulse_answer_driver', 'pulse_participation')")
                .map(r -> r.get(0, String.class) + ":" + r.get(1, String.class));
        assertThat(columns).noneMatch(c -> c.contains("time")).noneMatch(c -> c.contains("user"))
                .noneMatch(c -> c.contains("email")).noneMatch(c -> c.contains("ip"));
        assertThat(columns).filteredOn(c -> c.startsWith("employee_id")).hasSize(1); // only in participation
        // a driver rating repeats its answer's source and stored attributes (V0012), nothing else
        var ratings = dsl.selectFrom(PULSE_ANSWER_DRIVER).where(PULSE_ANSWER_DRIVER.ANSWER_ID.eq(id.toString())).fetch();
        assertThat(ratings).hasSize(2).allSatisfy(d -> {
            assertThat(List.of(d.fields()).stream().map(f -> f.getName()).toList()).containsExactly("answer_id",
                    "driver_code", "score", "round_id", "batch_id", "period_month", "branch_id", "department", "tenure_band");
            assertThat(d.getRoundId()).isEqualTo(round);
            assertThat(d.getBatchId()).isNull();
            assertThat(d.getPeriodMonth()).isEqualTo(row.get(PULSE_ANSWER.PERIOD_MONTH));
            assertThat(d.getBranchId()).isEqualTo(row.get(PULSE_ANSWER.BRANCH_ID));
            assertThat(d.getDepartment()).isEqualTo(row.get(PULSE_ANSWER.DEPARTMENT));
            assertThat(d.getTenureBand()).isEqualTo(row.get(PULSE_ANSWER.TENURE_BAND));
        });
    }

    @Test
    void aSecondAnswerIsRefusedKindlyAndNothingIsStored() {
        long round = support.openRound("Twice");
        String email = support.staffEmails(1, 200).getFirst();
        signIn.as(email);
        pulseAnswers.submit(round, PulseTestSupport.answer(7, null));
        int answers = dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round));
        assertThatThrownBy(() -> pulseAnswers.submit(round, PulseTestSupport.answer(3, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.error.alreadyAnswered"));
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round))).isEqualTo(answers);
    }

    @Test
    void badInputIsRefusedWithNothingHalfStored() {
        long round = support.openRound("Bad input");
        signIn.as(support.staffEmails(1, 201).getFirst());
        assertThatThrownBy(() -> pulseAnswers.submit(round, new AnswerData(11, Map.of(), null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> pulseAnswers.submit(round, new AnswerData(8, Map.of("team", 6), null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> pulseAnswers.submit(round, new AnswerData(8, Map.of("salary", 3), null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> pulseAnswers.submit(round, new AnswerData(8, Map.of(), "x".repeat(501))))
                .isInstanceOf(ValidationException.class);
        assertThat(dsl.fetchCount(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID.eq(round))).isZero();
        pulseAnswers.submit(round, new AnswerData(8, Map.of("team", 3), "ok")); // and a valid one still lands afterwards
        assertThat(dsl.fetchCount(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID.eq(round))).isEqualTo(1);
    }

    @Test
    void onlyHrRunsPrograms() {
        signIn.as(SignIn.MANAGER);
        assertThatThrownBy(() -> pulsePrograms.openRoundNow(1)).isInstanceOfAny(AccessDeniedException.class,
                AuthorizationDeniedException.class);
        signIn.as(SignIn.EMPLOYEE);
        assertThatThrownBy(() -> pulseResults.results(ResultsRequest.period("2026-10"))).isInstanceOfAny(
                AccessDeniedException.class, AuthorizationDeniedException.class);
        signIn.as(SignIn.ADMIN);
        assertThatThrownBy(() -> pulseResults.results(ResultsRequest.period("2026-10"))).isInstanceOfAny(
                AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void fiftyDistinctEmployeesAtOnceAllLand() throws Exception {
        long round = support.openRound("Fifty at once");
        List<String> emails = support.staffEmails(50, 0);
        assertThat(emails).hasSize(50);
        List<Callable<Long>> tasks = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            int score = i % 11;
            tasks.add(() -> {
                signIn.as(email);
                try {
                    start.await();
                    long t0 = System.nanoTime();
                    pulseAnswers.submit(round, PulseTestSupport.answer(score, "fifty " + score));
                    return System.nanoTime() - t0;
                } finally {
                    signIn.out();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (Callable<Long> t : tasks) {
                futures.add(pool.submit(t));
            }
            start.countDown();
            for (Future<Long> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(dsl.fetchCount(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID.eq(round))).isEqualTo(50);
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round))).isEqualTo(50);
    }

    @Test
    void thePersonsTwoSimultaneousSubmissionsLandOnce() throws Exception {
        long round = support.openRound("Two tabs");
        String email = support.staffEmails(1, 60).getFirst();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> tab = () -> {
            signIn.as(email);
            try {
                start.await();
                pulseAnswers.submit(round, PulseTestSupport.answer(10, null));
                return "stored";
            } catch (ValidationException e) {
                return e.messageKey();
            } finally {
                signIn.out();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(tab);
            Future<String> b = pool.submit(tab);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("stored", "survey.error.alreadyAnswered");
        } finally {
            pool.shutdown();
        }
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round))).isEqualTo(1);
        assertThat(dsl.fetchCount(PULSE_PARTICIPATION, PULSE_PARTICIPATION.ROUND_ID.eq(round))).isEqualTo(1);
    }

    /** Not a timing assertion: logs the server-side cost of a submission for the issue note. */
    @Test
    void submissionTimeIsMeasured() {
        long round = support.openRound("Timing");
        List<String> emails = support.staffEmails(50, 100);
        long total = 0;
        for (String email : emails) {
            signIn.as(email);
            long t0 = System.nanoTime();
            pulseAnswers.submit(round, PulseTestSupport.answer(8, "timing"));
            total += System.nanoTime() - t0;
        }
        double avgMs = total / 1e6 / emails.size();
        log.info(String.format(Locale.ROOT, "Pulse submission (service, one transaction): average %.2f ms over %d",
                avgMs, emails.size()));
        assertThat(dsl.fetchCount(PULSE_ANSWER, PULSE_ANSWER.ROUND_ID.eq(round))).isEqualTo(emails.size());
    }
}
