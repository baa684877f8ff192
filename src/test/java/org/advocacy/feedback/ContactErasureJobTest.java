package org.advocacy.feedback;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import java.time.Duration;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.feedback.internal.FollowUpRepository;
import org.advocacy.test.PortalTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the hourly contact-erasure job erases exactly the due contact details, in short chunks, and a bulk load
 * running at the same time in a session that gives up on any lock after 1 s never has to wait for it. A control
 * run first shows that the same bulk load does fail behind one transaction that locks the range the job works on.
 */
@PortalTest
class ContactErasureJobTest {

    @Autowired
    FollowUpRepository cases;
    @Autowired
    AuditLog audit;
    @Autowired
    DatabaseTimeLimit timeLimit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.advocacy.org.OrgService orgService;
    @Autowired
    org.advocacy.test.SignIn signIn;

    private final String prefix = "erase-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void erasesDueContactsInShortChunksWhileABulkLoadRuns() throws Exception {
        ContactErasureJob job = job();
        long branch = testBranch();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 6; i++) {
                insert(c, branch, "due", 500, now.minusDays(200), true);
            }
            insert(c, branch, "recent", 500, now.minusDays(10), true);
            insert(c, branch, "nocontact", 500, now.minusDays(200), false);
        }

        // control: one transaction holding the range the job works on makes the bulk load fail after 1 s
        try (Connection holder = dataSource.getConnection(); Connection loader = loaderConnection()) {
            holder.setAutoCommit(false);
            DSL.using(holder, SQLDialect.MARIADB).select(CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK)
                    .where(CUSTOMER_FEEDBACK.CONTACT_CONSENT.isTrue()).and(CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull())
                    .and(CUSTOMER_FEEDBACK.SUBMITTED_AT.lt(now.minusDays(180))).forUpdate().fetch();
            assertThatThrownBy(() -> insert(loader, branch, "blocked", 10, now.minusDays(200), true))
                    .hasMessageContaining("Lock wait timeout");
            holder.rollback();
        }

        // the job beside the same bulk load: no lock wait fails
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean jobDone = new AtomicBoolean();
        AtomicInteger batches = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            try (Connection c = loaderConnection()) {
                started.countDown();
                while (!jobDone.get() || batches.get() < 10) {
                    insert(c, branch, "loaded", 100, now.minusDays(200), true);
                    batches.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        loader.start();
        started.await();
        ContactErasureJob.Run run;
        try {
            run = job.eraseExpiredContacts(Clock.systemUTC());
        } finally {
            jobDone.set(true);
        }
        loader.join(60_000);

        assertThat(failures).as("lock wait failures of the bulk load").isEmpty();
        assertThat(batches.get()).isGreaterThanOrEqualTo(10);
        assertThat(run.complete()).isTrue();
        assertThat(run.erased()).isGreaterThanOrEqualTo(3000);
        assertThat(run.chunks()).as("chunks of at most 100").isGreaterThanOrEqualTo(30);

        // exactly the due contact details are gone; the answers themselves stay
        assertThat(count("due", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNotNull()
                .and(CUSTOMER_FEEDBACK.CONTACT_NAME.isNull()).and(CUSTOMER_FEEDBACK.CONTACT_PHONE.isNull())
                .and(CUSTOMER_FEEDBACK.CONTACT_EMAIL.isNull()).and(CUSTOMER_FEEDBACK.NPS.eq((short) 3)))).isEqualTo(3000);
        assertThat(count("recent", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull()
                .and(CUSTOMER_FEEDBACK.CONTACT_PHONE.isNotNull()))).isEqualTo(500);
        assertThat(count("nocontact", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull())).isEqualTo(500);

        // what the bulk load added while the job ran is due as well: the next run takes it
        ContactErasureJob.Run second = job.eraseExpiredContacts(Clock.systemUTC());
        assertThat(second.complete()).isTrue();
        assertThat(count("loaded", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull())).isZero();
        assertThat(count("loaded", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNotNull())).isEqualTo(batches.get() * 100);
        assertThat(job.eraseExpiredContacts(Clock.systemUTC()).erased()).as("nothing left").isZero();
    }

    @Test
    void aChunkThatWouldWaitLongerThanTheLimitIsStoppedAndReleasesItsLocks() throws Exception {
        ContactErasureJob job = job();
        long branch = testBranch();
        // the oldest due answers of the database, so the job's first chunk holds them
        try (Connection c = dataSource.getConnection()) {
            insert(c, branch, "held", 150, now.minusYears(4).minusDays(30), true);
        }
        long first = dsl.select(DSL.min(CUSTOMER_FEEDBACK.ID)).from(CUSTOMER_FEEDBACK)
                .where(CUSTOMER_FEEDBACK.EXTERNAL_ID.like(prefix + "held-%")).fetchSingle().value1();
        ContactErasureJob.Run stopped;
        try (Connection locker = loaderConnection()) {
            locker.setAutoCommit(false);
            DSLContext other = DSL.using(locker, SQLDialect.MARIADB);
            // another transaction holds one row of the chunk, as a long import would
            other.select(CUSTOMER_FEEDBACK.ID).from(CUSTOMER_FEEDBACK).where(CUSTOMER_FEEDBACK.ID.eq(first)).forUpdate()
                    .fetch();

            stopped = job.eraseExpiredContacts(Clock.systemUTC());

            // the job gave up at its limit and rolled the chunk back: another row of that chunk is free again
            // (this session waits at most 1 s for a lock)
            assertThat(other.update(CUSTOMER_FEEDBACK).set(CUSTOMER_FEEDBACK.NPS, (short) 4)
                    .where(CUSTOMER_FEEDBACK.ID.eq(first + 1)).execute()).isEqualTo(1);
            locker.rollback();
        }
        assertThat(stopped.complete()).isFalse();
        assertThat(count("held", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNull())).as("nothing half-erased").isEqualTo(150);

        // the next run, with nobody holding a lock, erases them all
        ContactErasureJob.Run next = job.eraseExpiredContacts(Clock.systemUTC());
        assertThat(next.complete()).isTrue();
        assertThat(count("held", CUSTOMER_FEEDBACK.CONTACT_ERASED_AT.isNotNull()
                .and(CUSTOMER_FEEDBACK.CONTACT_PHONE.isNull()))).isEqualTo(150);
    }

    /** The portal's job with small chunks (100) and a 1 s limit per chunk; contacts are due after 180 days. */
    private ContactErasureJob job() {
        return new ContactErasureJob(cases, audit, Clock.systemUTC(), timeLimit, transactions, 180, 100,
                Duration.ofSeconds(1));
    }

    /** A branch of this test's own, so that thousands of bulk rows stay out of the demo branches' customer scores. */
    private long testBranch() {
        signIn.as(org.advocacy.test.SignIn.ADMIN);
        try {
            if (orgService.branchByCode("CE01").isEmpty()) {
                orgService.createBranch(new org.advocacy.org.BranchData("CE01", "Sen Spa CE01", "Huế", "Miền Trung", "",
                        true));
            }
        } finally {
            signIn.out();
        }
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq("CE01")).fetchSingle(BRANCH.ID);
    }

    /** A bulk-load session that gives up waiting for any row lock after one second. */
    private Connection loaderConnection() throws SQLException {
        Connection c = dataSource.getConnection();
        DSL.using(c, SQLDialect.MARIADB).execute(DSL.query("SET SESSION innodb_lock_wait_timeout = 1"));
        return c;
    }

    private int count(String kind, org.jooq.Condition condition) {
        return dsl.fetchCount(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.EXTERNAL_ID.like(prefix + kind + "-%").and(condition));
    }

    /** n answers in one multi-row INSERT (one autocommit transaction), with or without contact details. */
    private void insert(Connection c, long branch, String kind, int n, LocalDateTime submitted, boolean contact) {
        var insert = DSL.using(c, SQLDialect.MARIADB).insertInto(CUSTOMER_FEEDBACK, CUSTOMER_FEEDBACK.BRANCH_ID,
                CUSTOMER_FEEDBACK.NPS, CUSTOMER_FEEDBACK.CONTACT_NAME, CUSTOMER_FEEDBACK.CONTACT_PHONE,
                CUSTOMER_FEEDBACK.CONTACT_EMAIL, CUSTOMER_FEEDBACK.CONTACT_CONSENT, CUSTOMER_FEEDBACK.SUBMITTED_AT,
                CUSTOMER_FEEDBACK.LOCAL_DATE, CUSTOMER_FEEDBACK.CHANNEL, CUSTOMER_FEEDBACK.EXTERNAL_ID,
                CUSTOMER_FEEDBACK.CREATED_AT);
        for (int i = 0; i < n; i++) {
            insert = insert.values(branch, (short) 3, contact ? "Khách " + i : null, contact ? "0901 000 " + i : null,
                    contact ? "k" + i + "@example.com" : null, contact, submitted, submitted.toLocalDate(), "api",
                    prefix + kind + "-" + serial.incrementAndGet(), submitted);
        }
        insert.execute();
    }
}
