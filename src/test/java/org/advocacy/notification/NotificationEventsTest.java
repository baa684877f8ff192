package org.advocacy.notification;

import org.advocacy.kernel.id.EmployeeId;
import static org.advocacy.jooq.Tables.APP_USER;
import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.MANAGED_BRANCH;
import static org.advocacy.jooq.Tables.NOTIFICATION;
import static org.advocacy.jooq.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.PraiseApproved;
import org.advocacy.recognition.RecognitionGiven;
import org.advocacy.test.PortalTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices follow the features' events through the publication registry (decision 0050): each event leads to the
 * notices the features used to write themselves; a listener that failed, or a node that stopped between the commit and
 * the listener, leaves the publication incomplete, and its redelivery writes the notice once and completes it.
 */
@PortalTest
class NotificationEventsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aFailedListenerLeavesThePublicationIncompleteAndItsRedeliveryWritesTheNoticeOnce() {
        Account employee = employeeWithAccount();
        PraiseApproved event = new PraiseApproved(unknownFeedbackId(), "HN01", LocalDate.now(), EmployeeId.of(employee.employeeId()),
                "Cảm ơn " + UUID.randomUUID());
        // the notice store is gone while the event is delivered: the listener fails after the praise's commit (the
        // feedback id is unknown, so the insights rollups find no branch for it and add nothing)
        dsl.alterTable(NOTIFICATION).renameTo(DSL.name("notification_parked")).execute();
        try {
            tx.executeWithoutResult(s -> events.publishEvent(event));
        } finally {
            dsl.alterTable(DSL.name("notification_parked")).renameTo(NOTIFICATION).execute();
        }
        assertThat(pending(event)).as("the failed delivery stays incomplete").isTrue();
        assertThat(notices(employee.userId(), event.excerpt())).isZero();

        incomplete.resubmitIncompletePublications(p -> event.equals(p.getEvent()));

        assertThat(pending(event)).as("completed by the redelivery").isFalse();
        assertThat(notices(employee.userId(), event.excerpt())).isOne();
        assertThat(dsl.fetchOne(NOTIFICATION, NOTIFICATION.USER_ID.eq(employee.userId())
                .and(NOTIFICATION.MESSAGE_ARGS.contains(event.excerpt()))))
                .satisfies(n -> {
                    assertThat(n.getKind()).isEqualTo("feedback.praise.approved");
                    assertThat(n.getMessageKey()).isEqualTo("feedback.notice.praiseApproved");
                    assertThat(n.getLink()).isEqualTo("feedback/my-praise");
                });
    }

    @Test
    void anEventLeftBehindByAStoppedNodeIsDeliveredAtTheRestart() throws Exception {
        Account employee = employeeWithAccount();
        RecognitionGiven event = new RecognitionGiven(unknownFeedbackId(), List.of(employee.branchId()),
                LocalDateTime.now(ZoneOffset.UTC), List.of(EmployeeId.of(employee.employeeId())), "Chị Lan",
                "Tuyệt vời " + UUID.randomUUID());
        // what a node killed right after the commit leaves: the publication stored, its listener never run (the
        // notices' only: a recognition that does not exist must not reach the insights rollups)
        storeForNotices(event);
        assertThat(pending(event)).isTrue();
        assertThat(notices(employee.userId(), event.excerpt())).isZero();

        incomplete.resubmitIncompletePublications(p -> event.equals(p.getEvent())); // what the next start does

        assertThat(pending(event)).isFalse();
        assertThat(dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(employee.userId()))
                .and(NOTIFICATION.MESSAGE_ARGS.contains(event.excerpt())).fetch())
                .singleElement().satisfies(n -> {
                    assertThat(n.getKind()).isEqualTo(FeatureNotices.RECOGNITION_RECEIVED);
                    assertThat(n.getMessageKey()).isEqualTo("recognition.notice.received");
                    assertThat(n.getMessageArgs()).contains("Chị Lan");
                    assertThat(n.getLink()).isEqualTo("recognition/profile");
                });
    }

    @Test
    void storedFeedbackTellsTheBranchManagersOfEachCaseAndOnceOfPendingPraise() throws Exception {
        long branch = dsl.select(MANAGED_BRANCH.BRANCH_ID).from(MANAGED_BRANCH).join(USER_ROLE)
                .on(USER_ROLE.USER_ID.eq(MANAGED_BRANCH.USER_ID)).and(USER_ROLE.ROLE.eq("MANAGER"))
                .join(APP_USER).on(APP_USER.ID.eq(MANAGED_BRANCH.USER_ID)).and(APP_USER.ENABLED.isTrue())
                .orderBy(MANAGED_BRANCH.BRANCH_ID).limit(1).fetchOne(MANAGED_BRANCH.BRANCH_ID);
        List<Long> managers = dsl.selectDistinct(MANAGED_BRANCH.USER_ID).from(MANAGED_BRANCH).join(USER_ROLE)
                .on(USER_ROLE.USER_ID.eq(MANAGED_BRANCH.USER_ID)).and(USER_ROLE.ROLE.eq("MANAGER"))
                .join(APP_USER).on(APP_USER.ID.eq(MANAGED_BRANCH.USER_ID)).and(APP_USER.ENABLED.isTrue())
                .where(MANAGED_BRANCH.BRANCH_ID.eq(branch)).fetch(MANAGED_BRANCH.USER_ID);
        long otherBranch = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.ID.notIn(
                dsl.select(MANAGED_BRANCH.BRANCH_ID).from(MANAGED_BRANCH))).limit(1).fetchOptional(BRANCH.ID)
                .orElse(-1L);
        long before = dsl.select(DSL.max(NOTIFICATION.ID)).from(NOTIFICATION).fetchOptional(0, Long.class).orElse(0L);
        LocalDate today = LocalDate.now();
        // delivered to the notices only: answers that were never stored must not reach the insights rollups
        deliverToNotices(new CustomerFeedbackStored(List.of(
                new CustomerFeedbackStored.Answer(branch, today, 2, null, null, false, true),
                new CustomerFeedbackStored.Answer(branch, today, 10, null, null, true, false),
                new CustomerFeedbackStored.Answer(branch, today, 3, null, null, true, true),
                new CustomerFeedbackStored.Answer(branch, today, 8, null, null, false, false),
                new CustomerFeedbackStored.Answer(otherBranch, today, 1, null, null, false, false))));

        for (long manager : managers) {
            assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.ID.gt(before).and(NOTIFICATION.USER_ID.eq(manager))
                    .and(NOTIFICATION.KIND.eq(FeatureNotices.FOLLOW_UP_OPENED))
                    .and(NOTIFICATION.MESSAGE_KEY.eq("feedback.notice.followUpOpened"))
                    .and(NOTIFICATION.LINK.eq("feedback/follow-ups")))).as("one per case opened").isEqualTo(2);
            assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.ID.gt(before).and(NOTIFICATION.USER_ID.eq(manager))
                    .and(NOTIFICATION.KIND.eq(FeatureNotices.PRAISE_PENDING))
                    .and(NOTIFICATION.MESSAGE_KEY.eq("feedback.notice.praisePending"))
                    .and(NOTIFICATION.LINK.eq("feedback/moderation")))).as("once per branch and event").isOne();
        }
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.ID.gt(before).and(NOTIFICATION.USER_ID.notIn(managers))
                .and(NOTIFICATION.KIND.in(FeatureNotices.FOLLOW_UP_OPENED, FeatureNotices.PRAISE_PENDING))))
                .as("nobody else").isZero();
        assertThat(managers).isNotEmpty();
    }

    @Test
    void storedFeedbackThatTellsNobodyStoresNoPublicationForTheNotices() {
        LocalDate day = LocalDate.of(2001, 1, 15);
        CustomerFeedbackStored plain = new CustomerFeedbackStored(List.of(
                new CustomerFeedbackStored.Answer(1, day, 9, null, null, false, false)));
        CustomerFeedbackStored telling = new CustomerFeedbackStored(List.of(
                new CustomerFeedbackStored.Answer(1, day, 9, null, null, false, false),
                new CustomerFeedbackStored.Answer(1, day, 2, null, null, false, true)));
        // inside a transaction that is rolled back: the registry stores its rows in the publishing transaction, and
        // no listener runs (nothing commits), so neither the rollups nor the notices see these made-up answers
        tx.executeWithoutResult(s -> {
            events.publishEvent(plain);
            events.publishEvent(telling);
            assertThat(listenersOf(plain)).as("a plain answer: the rollups only").hasSize(1)
                    .allMatch(l -> l.contains(".RollupListener."));
            assertThat(listenersOf(telling)).as("a case opened: rollups and notices").hasSize(2)
                    .anyMatch(l -> l.contains(".FeatureNotices."));
            s.setRollbackOnly();
        });
        assertThat(listenersOf(plain)).isEmpty();
    }

    private List<String> listenersOf(CustomerFeedbackStored event) {
        // the registry's table as Spring Modulith names it (upper case), not as the generated jOOQ class spells it
        var listener = DSL.field(DSL.name("LISTENER_ID"), String.class);
        return dsl.select(listener).from(DSL.table(DSL.name("EVENT_PUBLICATION")))
                .where(DSL.field(DSL.name("SERIALIZED_EVENT"), String.class).contains(event.id().toString()))
                .fetch(listener);
    }

    /** Stores a publication of the event for its notices listener alone, as the publishing transaction does. */
    private void storeForNotices(Object event) throws NoSuchMethodException {
        String listener = new TransactionalApplicationListenerMethodAdapter("notices", FeatureNotices.class,
                FeatureNotices.class.getDeclaredMethod("on", event.getClass())).getListenerId();
        tx.executeWithoutResult(s -> registry.store(event, Stream.of(PublicationTargetIdentifier.of(listener))));
    }

    /** The event delivered to its notices listener alone, through the registry; its publication completed. */
    private void deliverToNotices(Object event) throws NoSuchMethodException {
        storeForNotices(event);
        incomplete.resubmitIncompletePublications(p -> event.equals(p.getEvent()));
        assertThat(pending(event)).isFalse();
    }

    record Account(long userId, long employeeId, long branchId) {
    }

    private Account employeeWithAccount() {
        return dsl.select(APP_USER.ID, APP_USER.EMPLOYEE_ID, org.advocacy.jooq.Tables.EMPLOYEE.BRANCH_ID)
                .from(APP_USER).join(org.advocacy.jooq.Tables.EMPLOYEE)
                .on(org.advocacy.jooq.Tables.EMPLOYEE.ID.eq(APP_USER.EMPLOYEE_ID))
                .where(APP_USER.ENABLED.isTrue()).orderBy(APP_USER.ID).limit(1)
                .fetchOne(r -> new Account(r.value1(), r.value2(), r.value3()));
    }

    private static long unknownFeedbackId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private boolean pending(Object event) {
        return registry.findIncompletePublications().stream().anyMatch(p -> event.equals(p.getEvent()));
    }

    private int notices(long userId, String marker) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.MESSAGE_ARGS.contains(marker)));
    }
}
