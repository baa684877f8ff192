package org.advocacy.survey;

import org.advocacy.kernel.id.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongPredicate;
import org.advocacy.kernel.OrgTimeZone;
import org.advocacy.survey.internal.PulseRepository;
import org.advocacy.survey.internal.PulseRepository.RoundRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens each active program's rounds at {@link #OPEN_TIME} in the organisation's time zone on the cadence's days,
 * closes them after their window, and reminds who has not answered (on the opening day and two days before the
 * close). Runs from {@link ScheduledRounds} under a ShedLock database lock, so two instances never both act. The
 * reminders are events ({@link PulseRoundOpened}, {@link PulseRoundClosing}) that the notification module turns into
 * notices after each commit.
 */
@Component
public class RoundScheduler {

    static final LocalTime OPEN_TIME = LocalTime.of(8, 0);

    private static final Logger log = LoggerFactory.getLogger(RoundScheduler.class);

    private final PulseRepository repository;
    private final ApplicationEventPublisher events;
    private final OrgTimeZone zone;
    private final PulseReleases releases;
    private final TransactionTemplate tx;

    RoundScheduler(PulseRepository repository, ApplicationEventPublisher events, OrgTimeZone zone,
            PulseReleases releases, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.events = events;
        this.zone = zone;
        this.releases = releases;
        this.tx = new TransactionTemplate(transactions);
    }

    public void tick(Clock clock) {
        tick(clock.instant(), id -> true);
    }

    /**
     * One pass at {@code now}; {@code programs} limits which programs are looked at (tests use their own). Not one
     * transaction (issue 14): each program's openings, each close with its release and each round's reminders
     * commit on their own, so a pass over many programs never holds a program's lock while it works on another.
     */
    public void tick(Instant now, LongPredicate programs) {
        long started = System.nanoTime();
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        int[] work = new int[3]; // rounds opened, closed, reminded
        for (Program p : repository.programs()) {
            if (p.status() != ProgramStatus.ACTIVE || p.startOn() == null || !programs.test(p.id())) {
                continue;
            }
            tx.executeWithoutResult(status -> work[0] += openRounds(p, utcNow));
        }
        for (RoundRow r : repository.openRoundsDueToClose(utcNow)) {
            if (programs.test(r.programId())) {
                tx.executeWithoutResult(status -> {
                    repository.close(r.id());
                    releases.releaseRound(r.id()); // the round's one release, in the same transaction (rule 11)
                    events.publishEvent(new PulseRoundClosed(r.id(), r.programId()));
                });
                log.info("Closed pulse round {}", r.id());
                work[1]++;
            }
        }
        for (RoundRow r : repository.openRoundsToRemind(utcNow.plusDays(2))) {
            if (programs.test(r.programId()) && r.closesAt().isAfter(utcNow)) {
                tx.executeWithoutResult(status -> {
                    events.publishEvent(new PulseRoundClosing(r.id(), r.programId(), localDay(r.closesAt()),
                            notAnswered(r.id(), r.programId())));
                    repository.markReminded(r.id(), true);
                });
                work[2]++;
            }
        }
        if (work[0] + work[1] + work[2] > 0) {
            log.info("Pulse round scheduler: {} rounds opened, {} closed, {} reminded in {} ms", work[0], work[1],
                    work[2], (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Opens the program's rounds that are due, in the caller's transaction; returns how many. */
    private int openRounds(Program p, LocalDateTime utcNow) {
        int opened = 0;
        int n = repository.roundsPlanned(p.id()); // locks the program row
        while (true) {
            LocalDate day = p.cadence().nth(p.startOn(), n);
            LocalDateTime opens = utc(day.atTime(OPEN_TIME));
            if (opens.isAfter(utcNow)) {
                break;
            }
            LocalDateTime closes = utc(day.plusDays(p.windowDays()).atTime(OPEN_TIME));
            if (closes.isAfter(utcNow)) { // a round missed entirely (app down) is skipped, not opened late
                var invited = repository.audience(p.id());
                long roundId = repository.insertRound(p.id(), opens, closes, day.plusDays(p.windowDays()), true,
                        repository.audienceSize(invited));
                repository.insertAudience(roundId, invited);
                List<AccountId> audience = notAnswered(roundId, p.id()); // nobody yet: the whole audience
                events.publishEvent(new PulseRoundOpened(roundId, p.id(), localDay(closes), audience));
                int reminded = audience.size();
                repository.markReminded(roundId, false);
                log.info("Opened pulse round {} of program {}, {} people reminded", roundId, p.id(), reminded);
                opened++;
            }
            n++;
        }
        repository.setRoundsPlanned(p.id(), n);
        return opened;
    }

    /** The accounts of the audience who have not answered: one query, however large the audience. */
    private List<AccountId> notAnswered(long roundId, long programId) {
        return repository.notAnswered(roundId, programId).stream().map(PulseRepository.Invitee::userId).toList();
    }

    private LocalDate localDay(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDate();
    }

    private LocalDateTime utc(LocalDateTime local) {
        ZonedDateTime z = local.atZone(zone.zone());
        return z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
