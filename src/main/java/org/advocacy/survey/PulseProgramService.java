package org.advocacy.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.CurrentUser;
import org.advocacy.survey.internal.PulseRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's pulse programs and their rounds: creating, pausing, ending, opening a round by hand, and the lists of programs
 * and rounds the results screens choose from. The scheduler opens and closes the planned rounds
 * ({@link RoundScheduler}).
 */
@Service
public class PulseProgramService {

    static final int MAX_DRIVERS = 8;

    private final PulseRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final OrgTimeZone zone;

    PulseProgramService(PulseRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock,
            OrgTimeZone zone) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @PreAuthorize(SurveyPermissions.HR)
    @Transactional(readOnly = true)
    public List<Program> programs() {
        return repository.programs();
    }

    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<Program> programsForResults() {
        return repository.programs();
    }

    @PreAuthorize(SurveyPermissions.HR)
    @Transactional
    public long createProgram(ProgramData data) {
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            throw new ValidationException("name", "error.required");
        }
        if (name.length() > 120) {
            throw new ValidationException("name", "error.tooLong", 120);
        }
        if (data.cadence() == null) {
            throw new ValidationException("cadence", "error.required");
        }
        if (data.windowDays() < 1 || data.windowDays() > 28) {
            throw new ValidationException("windowDays", "survey.error.window");
        }
        if (data.drivers().size() > MAX_DRIVERS) {
            throw new ValidationException("drivers", "survey.error.tooManyDrivers", MAX_DRIVERS);
        }
        List<Driver> drivers = new ArrayList<>();
        int custom = 0;
        for (Driver d : data.drivers()) {
            if (Driver.library(d.code()).isPresent()) {
                drivers.add(Driver.library(d.code()).get());
            } else {
                String en = d.textEn() == null ? "" : d.textEn().strip();
                String vi = d.textVi() == null || d.textVi().isBlank() ? en : d.textVi().strip();
                if (en.isEmpty() || en.length() > 200 || vi.length() > 200) {
                    throw new ValidationException("drivers", "survey.error.customDriver");
                }
                drivers.add(new Driver("custom-" + (++custom), en, vi));
            }
        }
        if (drivers.stream().map(Driver::code).distinct().count() != drivers.size()) {
            throw new ValidationException("drivers", "survey.error.duplicateDriver");
        }
        LocalDate start = data.startOn() == null ? today() : data.startOn();
        ProgramData clean = new ProgramData(name, data.cadence(), data.windowDays(), start, data.branchIds(),
                data.departmentIds(), drivers, data.withComment());
        long id = repository.insertProgram(clean, currentUser.require().email(), LocalDateTime.now(clock));
        audit.record(AuditAction.PULSE_PROGRAM_CREATED, name, data.cadence() + ", " + drivers.size() + " drivers");
        return id;
    }

    @PreAuthorize(SurveyPermissions.HR)
    @Transactional
    public void setProgramStatus(long programId, ProgramStatus status) {
        Program p = repository.program(programId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        if (p.status() == ProgramStatus.ENDED) {
            throw new ValidationException(null, "survey.error.ended");
        }
        repository.setStatus(programId, status, LocalDateTime.now(clock));
        audit.record(AuditAction.PULSE_PROGRAM_UPDATED, p.name(), p.status() + "→" + status);
    }

    /** Opens a one-off round of a program now, for its window. */
    @PreAuthorize(SurveyPermissions.HR)
    @Transactional
    public long openRoundNow(long programId) {
        Program p = repository.program(programId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        if (p.status() == ProgramStatus.ENDED) {
            throw new ValidationException(null, "survey.error.ended");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime closes = now.plusDays(p.windowDays());
        var audience = repository.audience(programId);
        long id = repository.insertRound(programId, now, closes, localDate(closes), true, repository.audienceSize(audience));
        repository.insertAudience(id, audience);
        audit.record(AuditAction.PULSE_ROUND_OPENED, p.name(), "round " + id);
        return id;
    }

    @PreAuthorize(SurveyPermissions.MANAGER_HR_OR_LEADER)
    @Transactional(readOnly = true)
    public List<RoundListItem> rounds(Long programId, int offset, int limit) {
        return repository.rounds(programId, offset, Math.min(limit, 500));
    }

    // --- time ---

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    private LocalDate localDate(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDate();
    }
}
