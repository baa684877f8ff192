package org.advocacy.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.db.LockRetry;
import org.advocacy.org.Employee;
import org.advocacy.org.OrgService;
import org.advocacy.org.StaffAudience;
import org.advocacy.security.CurrentUser;
import org.advocacy.security.PortalUser;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.NewAnswer;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.advocacy.survey.internal.RoundProgressQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering pulse rounds (every signed-in person with an employee record): the rounds open to the caller, and one
 * anonymous answer per person and round that keeps nothing pointing to its author.
 */
@Service
public class PulseAnswerService {

    private final PulseRepository repository;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OrgTimeZone zone;
    private final AnonymityRules rules;
    private final RoundProgressQuery progress;
    private final ApplicationEventPublisher events;
    private final LockRetry lockRetry;

    PulseAnswerService(PulseRepository repository, OrgService org, CurrentUser currentUser, Clock clock,
            OrgTimeZone zone, AnonymityRules rules, RoundProgressQuery progress, ApplicationEventPublisher events,
            LockRetry lockRetry) {
        this.repository = repository;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
        this.rules = rules;
        this.progress = progress;
        this.events = events;
        this.lockRetry = lockRetry;
    }

    @PreAuthorize(SurveyPermissions.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<OpenRound> myOpenRounds() {
        Long employeeId = currentUser.require().employeeId();
        return employeeId == null ? List.of() : repository.openRoundsFor(employeeId);
    }

    /**
     * Stores one anonymous answer and the participation row in one transaction, and publishes
     * {@link PulseAnswerSubmitted}, which names the round only. The participation's primary key
     * makes a second answer of the same person impossible, also from two tabs at once. A transaction the database
     * chose as a deadlock's victim (on a Galera cluster: two nodes taking the same key) runs again from the start
     * ({@link LockRetry}), and then finds the other answer stored.
     */
    @PreAuthorize(SurveyPermissions.SIGNED_IN)
    public void submit(long roundId, AnswerData data) {
        lockRetry.inTransaction(() -> store(roundId, data));
    }

    private void store(long roundId, AnswerData data) {
        PortalUser user = currentUser.require();
        if (user.employeeId() == null) {
            throw new ValidationException(null, "survey.error.noEmployee");
        }
        RoundRow round = repository.round(roundId).filter(RoundRow::open)
                .orElseThrow(() -> new ValidationException(null, "survey.error.roundClosed"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(round.opensAt()) || !now.isBefore(round.closesAt())) {
            throw new ValidationException(null, "survey.error.roundClosed");
        }
        Employee me = org.ownProfile().orElseThrow(() -> new ValidationException(null, "survey.error.noEmployee"));
        // the program's audience read once: it decides the invitation and the generalisation below
        StaffAudience.Filter audience = repository.audience(round.programId());
        if (!audience.includes(me)) {
            throw new ValidationException(null, "survey.error.notInvited");
        }
        List<Driver> drivers = repository.drivers(round.programId());
        Map<String, Integer> scores = validate(data, drivers);
        String comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        if (comment != null && comment.length() > AnswerData.COMMENT_MAX) {
            throw new ValidationException("comment", "error.tooLong", AnswerData.COMMENT_MAX);
        }
        if (!repository.insertParticipation(roundId, me.id())) {
            throw new ValidationException(null, "survey.error.alreadyAnswered");
        }
        LocalDate today = today();
        String department = me.departmentName();
        String band = TenureBand.of(me.hireDate(), today);
        // DOMAIN rule 13: the copied attributes are generalised until at least k of the audience share them
        if (repository.audienceSharing(audience, me.branchId(), department, band, today) < rules.k()) {
            band = null;
            if (department == null
                    || repository.audienceSharing(audience, me.branchId(), department, null, today) < rules.k()) {
                department = null;
            }
        }
        repository.insertAnswers(List.of(new NewAnswer(UUID.randomUUID().toString(), roundId, today,
                YearMonth.from(round.closeDate()).toString(), me.branchId(), department, band, data.score(), comment,
                false, scores, null)));
        // only the answer that brings the round to k needs the program's name (the HR notice); the others are
        // one count each on the morning rush
        boolean reached = progress.participants(roundId) == rules.k();
        String programName = reached ? repository.program(round.programId()).map(Program::name).orElse(null) : null;
        events.publishEvent(new PulseAnswerSubmitted(roundId, round.programId(), programName, round.closeDate(),
                reached));
    }

    private static Map<String, Integer> validate(AnswerData data, List<Driver> drivers) {
        if (data.score() < 0 || data.score() > 10) {
            throw new ValidationException("score", "survey.error.score");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Driver d : drivers) {
            Integer s = data.drivers() == null ? null : data.drivers().get(d.code());
            if (s == null) {
                continue; // a driver may be skipped
            }
            if (s < 1 || s > 5) {
                throw new ValidationException(d.code(), "survey.error.driverScore");
            }
            scores.put(d.code(), s);
        }
        if (data.drivers() != null && !drivers.stream().map(Driver::code).toList().containsAll(data.drivers().keySet())) {
            throw new ValidationException("drivers", "survey.error.unknownDriver");
        }
        return scores;
    }

    // --- time ---

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }
}
