package org.advocacy.survey;

import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.EMPLOYEE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Shared set-up of the pulse tests: an all-staff program of HR's with a round open now. */
@Component
class PulseTestSupport {

    final PulseProgramService pulsePrograms;
    final SignIn signIn;
    final DSLContext dsl;
    final org.advocacy.survey.internal.PulseRepository repository;

    PulseTestSupport(PulseProgramService pulsePrograms, SignIn signIn, DSLContext dsl,
            org.advocacy.survey.internal.PulseRepository repository) {
        this.pulsePrograms = pulsePrograms;
        this.signIn = signIn;
        this.dsl = dsl;
        this.repository = repository;
    }

    long program(String name) {
        signIn.as(SignIn.HR);
        try {
            return pulsePrograms.createProgram(new ProgramData(name, Cadence.MONTHLY, 7, LocalDate.of(2030, 1, 1), Set.of(),
                    Set.of(), List.of(Driver.library("team").orElseThrow(), Driver.library("pride").orElseThrow()), true));
        } finally {
            signIn.out();
        }
    }

    long openRound(String name) {
        long program = program(name);
        signIn.as(SignIn.HR);
        try {
            return pulsePrograms.openRoundNow(program);
        } finally {
            signIn.out();
        }
    }

    /** Accounts of active employees (e-mails), excluding the demo role logins. */
    List<String> staffEmails(int count, int skip) {
        return dsl.select(APP_USER.EMAIL).from(APP_USER).join(EMPLOYEE).on(EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .where(EMPLOYEE.ACTIVE.isTrue()).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.EMAIL.notIn(SignIn.EMPLOYEE, SignIn.MANAGER, SignIn.HR, SignIn.LEADER, SignIn.ADMIN))
                .orderBy(APP_USER.ID).offset(skip).limit(count).fetch(APP_USER.EMAIL);
    }

    static AnswerData answer(int score, String comment) {
        return new AnswerData(score, Map.of("team", 4, "pride", 5), comment);
    }
}
