package org.advocacy.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongPredicate;
import org.advocacy.base.OrgTimeZone;
import org.advocacy.notification.NotificationService;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens each active program's rounds at {@link #OPEN_TIME} in the organisation's time zone on the cadence's days,
 * closes them after their window, and reminds who has not answered (on the opening day and two days before the
 * close). Runs from {@link ScheduledRounds} under a ShedLock database lock, so two instances never both act.
 */
@Component
public class RoundScheduler {

    static final LocalTime OPEN_TIME = LocalTime.of(8, 0);
    static final String NOTICE_KIND = "survey.reminder";

    private static final Logger log = LoggerFactory.getLogger(RoundScheduler.class);

    private final PulseRepository repository;
    private final NotificationService notifications;
    private final OrgTimeZone zone;
    private final PulseReleases releases;

    RoundScheduler(PulseRepository repository, NotificationService notifications, OrgTimeZone zone,
            PulseReleases releases) {
        this.repository = repository;
        this.notifications = notifications;
        this.zone = zone;
        this.releases = releases;
    }

    public void tick(Clock clock) {
        tick(clock.instant(), id -> true);
    }

    /** One pass at {@code now}; {@code programs} limits which programs are looked at (tests use their own). */
    @Transactional
    public void tick(Instant now, LongPredicate programs) {
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (Program p : repository.programs()) {
            if (p.status() != ProgramStatus.ACTIVE || p.startOn() == null || !programs.test(p.id())) {
                continue;
            }
            int n = repository.roundsPlanned(p.id()); // locks the program row
            while (true) {
                LocalDate day = p.cadence().nth(p.startOn(), n);
                LocalDateTime opens = utc(day.atTime(OPEN_TIME));
                if (opens.isAfter(utcNow)) {
                    break;
                }
                LocalDateTime closes = utc(day.plusDays(p.windowDays()).atTime(OPEN_TIME));
                if (closes.isAfter(utcNow)) { // a round missed entirely (app down) is skipped, not opened late
                    long roundId = repository.insertRound(p.id(), opens, closes, day.plusDays(p.windowDays()), true,
                            repository.audienceSize(p.id()));
                    repository.insertAudience(roundId, p.id());
                    log.info("Opened pulse round {} of program {}", roundId, p.id());
                    remind(roundId, p.id(), "survey.notice.opened", closes);
                    repository.markReminded(roundId, false);
                }
                n++;
            }
            repository.setRoundsPlanned(p.id(), n);
        }
        for (RoundRow r : repository.openRoundsDueToClose(utcNow)) {
            if (programs.test(r.programId())) {
                repository.close(r.id());
                releases.releaseRound(r.id()); // the round's one release, in the same transaction (rule 11)
                log.info("Closed pulse round {}", r.id());
            }
        }
        for (RoundRow r : repository.openRoundsToRemind(utcNow.plusDays(2))) {
            if (programs.test(r.programId()) && r.closesAt().isAfter(utcNow)) {
                remind(r.id(), r.programId(), "survey.notice.closing", r.closesAt());
                repository.markReminded(r.id(), true);
            }
        }
    }

    private void remind(long roundId, long programId, String key, LocalDateTime closes) {
        String closeDay = closes.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDate().toString();
        List<PulseRepository.Invitee> invitees = repository.notAnswered(roundId, programId);
        for (PulseRepository.Invitee i : invitees) {
            notifications.notify(i.userId(), NOTICE_KIND, key, List.of(closeDay), "my-pulse", true);
        }
    }

    private LocalDateTime utc(LocalDateTime local) {
        ZonedDateTime z = local.atZone(zone.zone());
        return z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
