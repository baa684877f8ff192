package org.advocacy.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.feedback.internal.FollowUpRepository;
import org.advocacy.feedback.internal.FollowUpRepository.ContactKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hourly erasure of customers' contact details older than the retention time (issue 14, docs/decisions/0025).
 * It reads the due answers from their own index in keyset chunks and erases each chunk in its own short transaction
 * under a time limit, so it never holds locks longer than {@code app.feedback.erasure.max-lock-time} and its work
 * grows with the number of answers due, not with the feedback history. Deliberately not one {@code @Transactional}
 * method; it has no user, so no {@code @PreAuthorize}.
 */
@Service
public class ContactErasureJob {

    private static final Logger log = LoggerFactory.getLogger(ContactErasureJob.class);

    /** What one run did. */
    public record Run(int erased, int chunks, long longestChunkMillis, long totalMillis, boolean complete) {
    }

    private final FollowUpRepository cases;
    private final AuditLog audit;
    private final Clock clock;
    private final DatabaseTimeLimit timeLimit;
    private final TransactionTemplate chunkTransaction;
    private final int retentionDays;
    private final int chunkSize;
    private final Duration maxLockTime;

    ContactErasureJob(FollowUpRepository cases, AuditLog audit, Clock clock, DatabaseTimeLimit timeLimit,
            PlatformTransactionManager transactions,
            @Value("${app.feedback.contact-retention-days:180}") int retentionDays,
            @Value("${app.feedback.erasure.chunk-size:500}") int chunkSize,
            @Value("${app.feedback.erasure.max-lock-time:2s}") Duration maxLockTime) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.timeLimit = timeLimit;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.retentionDays = retentionDays;
        this.chunkSize = Math.max(1, chunkSize);
        this.maxLockTime = maxLockTime;
    }

    @Scheduled(cron = "${app.feedback.retention-cron:0 17 * * * *}")
    public void eraseExpiredContacts() {
        eraseExpiredContacts(clock);
    }

    /** The job at the time of the given clock (tests and the benchmark move it). */
    public Run eraseExpiredContacts(Clock at) {
        LocalDateTime now = LocalDateTime.now(at);
        LocalDateTime cutoff = now.minusDays(retentionDays);
        long started = System.nanoTime();
        int erased = 0;
        int chunks = 0;
        long longestChunk = 0;
        boolean complete = true;
        ContactKey after = null;
        try {
            long maxId = timeLimit.within(maxLockTime, cases::newestFeedbackId);
            while (true) {
                ContactKey from = after;
                List<ContactKey> due = timeLimit.within(maxLockTime,
                        () -> cases.contactsDue(cutoff, maxId, from, chunkSize));
                if (due.isEmpty()) {
                    break;
                }
                after = due.getLast();
                List<Long> ids = due.stream().map(ContactKey::id).toList();
                long chunkStart = System.nanoTime();
                Integer n = timeLimit.within(maxLockTime,
                        () -> chunkTransaction.execute(status -> cases.eraseContacts(ids, now)));
                longestChunk = Math.max(longestChunk, System.nanoTime() - chunkStart);
                erased += n == null ? 0 : n;
                chunks++;
                if (due.size() < chunkSize) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            complete = false; // the chunk rolled back; the rest is due again in the next run
            log.warn("Contact erasure stopped after {} answers in {} chunks; the rest follows in the next run: {}",
                    erased, chunks, e.toString());
        }
        Run run = new Run(erased, chunks, longestChunk / 1_000_000, (System.nanoTime() - started) / 1_000_000, complete);
        log.info("Contact erasure: {} answers older than {} days erased in {} chunks of up to {}; longest chunk {} ms, "
                + "{} ms in all", run.erased(), retentionDays, run.chunks(), chunkSize, run.longestChunkMillis(),
                run.totalMillis());
        if (erased > 0) {
            audit.record(AuditAction.FEEDBACK_CONTACTS_ERASED, null, erased + " answers");
        }
        return run;
    }
}
