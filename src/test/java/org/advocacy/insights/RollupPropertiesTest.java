package org.advocacy.insights;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.advocacy.jooq.Tables.CUSTOMER_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.PraiseItem;
import org.advocacy.feedback.PraiseService;
import org.advocacy.insights.internal.RollupRebuild;
import org.advocacy.insights.internal.RollupRepository;
import org.advocacy.recognition.CompanyValueService;
import org.advocacy.recognition.RecognitionData;
import org.advocacy.recognition.RecognitionService;
import org.advocacy.recognition.Visibility;
import org.advocacy.security.BranchScope;
import org.advocacy.test.PortalTest;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups agree exactly with a direct aggregation over the raw rows, for random customer answers (API-style
 * imports spread over 20 months), new recognition and approved praise, after a "restart" with events still pending in
 * the publication registry (stored but never delivered, then resubmitted as the restart does), after the same event
 * delivered twice, after a rebuild that ran while an event was pending, and for an event of the older form (no id).
 */
class RollupPropertiesTest {

    @PortalTest
    static class Context {
    }

    private static ApplicationContext context;
    private static FeedbackService feedback;
    private static RecognitionService recognition;
    private static CompanyValueService companyValues;
    private static PraiseService praise;
    private static RollupRepository rollups;
    private static EventPublicationRegistry registry;
    private static DSLContext dsl;
    private static SignIn signIn;
    private static ZoneId zone;
    private static final List<String> TEST_BRANCHES = List.of("RQ01", "RQ02", "RQ03");
    private static final YearMonth FROM = YearMonth.now().minusMonths(30);
    private static final YearMonth TO = YearMonth.now().plusMonths(1);

    @BeforeContainer
    static void start() throws Exception {
        context = new TestContextManager(Context.class).getTestContext().getApplicationContext();
        feedback = context.getBean(FeedbackService.class);
        recognition = context.getBean(RecognitionService.class);
        companyValues = context.getBean(CompanyValueService.class);
        praise = context.getBean(PraiseService.class);
        rollups = context.getBean(RollupRepository.class);
        registry = context.getBean(EventPublicationRegistry.class);
        dsl = context.getBean(DSLContext.class);
        signIn = context.getBean(SignIn.class);
        zone = context.getBean(org.advocacy.kernel.OrgTimeZone.class).zone();
        // random answers go to branches of this test's own, so the demo's planted relationship (DemoAdvocacyTest)
        // is not drowned by them in the shared database
        org.advocacy.org.OrgService org = context.getBean(org.advocacy.org.OrgService.class);
        signIn.as(SignIn.ADMIN);
        try {
            for (String code : TEST_BRANCHES) {
                if (org.branchByCode(code).isEmpty()) {
                    org.createBranch(new org.advocacy.org.BranchData(code, "Sen Spa " + code, "Huế", "Miền Trung", "", true));
                }
            }
        } finally {
            signIn.out();
        }
        // other tests may have written raw rows without events: start from an exact state
        context.getBean(RollupRebuild.class).rebuild("test");
    }

    record Answer(String branch, int nps, Integer csat, Integer ces, int daysAgo) {
    }

    @Provide
    Arbitrary<List<Answer>> answers() {
        Arbitrary<String> branch = Arbitraries.of(TEST_BRANCHES);
        Arbitrary<Integer> csat = Arbitraries.integers().between(1, 5).injectNull(0.3);
        Arbitrary<Integer> ces = Arbitraries.integers().between(1, 7).injectNull(0.3);
        return Combinators.combine(branch, Arbitraries.integers().between(0, 10), csat, ces,
                Arbitraries.integers().between(0, 600)).as(Answer::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 4)
    void rollupsEqualDirectAggregation(@ForAll("answers") List<Answer> answers, @ForAll("answers") List<Answer> later) {
        importAnswers(answers);
        awaitDelivery();
        assertExact();

        // new answers, recognition and approved praise arrive
        importAnswers(later);
        recogniseSomeoneAtHn01();
        approvePendingPraise();
        awaitDelivery();
        assertExact();

        // a crash after the commit, before delivery: raw rows and pending publications, then the restart
        List<Answer> pending = later.subList(0, Math.min(5, later.size()));
        CustomerFeedbackStored crashed = crash(pending);
        assertThat(registry.findIncompletePublications()).isNotEmpty();
        assertThat(rollups.customer(FROM, TO, BranchScope.ALL)).as("not yet delivered")
                .isNotEqualTo(rollups.customerRaw(BranchScope.ALL, FROM, TO));
        restart();
        assertExact();

        // the same event delivered once more (its completion was lost): the rollups add it once only
        pendingAgain(crashed);
        restart();
        assertExact();

        // a rebuild while an event is still pending counts its rows; its late delivery then adds nothing
        crash(answers.subList(0, Math.min(3, answers.size())));
        context.getBean(RollupRebuild.class).rebuild("test");
        assertExact();
        restart();
        assertExact();

        // an event stored by a version before the ledger (no id) is still taken in exactly
        List<CustomerFeedbackStored.Answer> old = inTransaction(() -> answers.subList(0, Math.min(4, answers.size()))
                .stream().map(RollupPropertiesTest::insertRaw).toList());
        pendingAgain(new CustomerFeedbackStored(null, old));
        restart();
        assertExact();
    }

    /** Raw rows and their pending publication committed, the listener never ran (a crash right after the commit). */
    private static CustomerFeedbackStored crash(List<Answer> answers) {
        return inTransaction(() -> {
            CustomerFeedbackStored event = new CustomerFeedbackStored(answers.stream().map(RollupPropertiesTest::insertRaw)
                    .toList());
            registry.store(event, Stream.of(PublicationTargetIdentifier.of(customerListenerId())));
            return event;
        });
    }

    private static void pendingAgain(CustomerFeedbackStored event) {
        inTransaction(() -> {
            registry.store(event, Stream.of(PublicationTargetIdentifier.of(customerListenerId())));
            return null;
        });
    }

    /** What the next start does with the publications still pending. */
    private static void restart() {
        context.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(p -> true);
        awaitDelivery();
    }

    private static <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(s -> work.get());
    }

    @Property(tries = 1)
    void eventsPendingAtAStopAreDeliveredAgainAtTheNextStart(@ForAll("answers") List<Answer> unused) {
        assertThat(context.getBean(Environment.class)
                .getProperty("spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class)).isTrue();
    }

    private static void importAnswers(List<Answer> answers) {
        signIn.as(SignIn.HR);
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            feedback.importBatch(answers.stream().map(a -> new FeedbackData(a.branch(), a.nps(), a.csat(), a.ces(), null,
                    null, null, null, null, null, null, false, now.minusDays(a.daysAgo()).minusMinutes(1), null, null,
                    null)).toList());
        } finally {
            signIn.out();
        }
    }

    private static void recogniseSomeoneAtHn01() {
        signIn.as(SignIn.MANAGER);
        try {
            long someone = recognition.recipients("", 0, 5).getFirst().employeeId();
            long value = companyValues.values(true).getFirst().id();
            recognition.recognise(new RecognitionData(Set.of(someone), Set.of(value), "Cảm ơn em!", Visibility.BRANCH));
        } finally {
            signIn.out();
        }
    }

    private static void approvePendingPraise() {
        signIn.as(SignIn.MANAGER);
        try {
            List<PraiseItem> queue = praise.pending(0, 1);
            if (!queue.isEmpty()) {
                praise.approve(queue.getFirst().id());
            }
        } finally {
            signIn.out();
        }
    }

    private static CustomerFeedbackStored.Answer insertRaw(Answer a) {
        long branch = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(a.branch())).fetchOne(BRANCH.ID);
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).minusDays(a.daysAgo());
        LocalDate local = at.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
        dsl.insertInto(CUSTOMER_FEEDBACK).set(CUSTOMER_FEEDBACK.BRANCH_ID, branch)
                .set(CUSTOMER_FEEDBACK.NPS, (short) a.nps())
                .set(CUSTOMER_FEEDBACK.CSAT, a.csat() == null ? null : a.csat().shortValue())
                .set(CUSTOMER_FEEDBACK.CES, a.ces() == null ? null : a.ces().shortValue())
                .set(CUSTOMER_FEEDBACK.SUBMITTED_AT, at).set(CUSTOMER_FEEDBACK.LOCAL_DATE, local)
                .set(CUSTOMER_FEEDBACK.CHANNEL, "import").set(CUSTOMER_FEEDBACK.CREATED_AT, at).execute();
        return new CustomerFeedbackStored.Answer(branch, local, a.nps(), a.csat(), a.ces());
    }

    private static String customerListenerId() {
        return context.getBean(CompletedEventPublications.class).findAll().stream()
                .filter(p -> p.getEvent() instanceof CustomerFeedbackStored)
                .map(p -> ((TargetEventPublication) p).getTargetIdentifier().getValue())
                .filter(id -> id.contains(".RollupListener.")) // the notification module listens to it too
                .findFirst().orElseThrow();
    }

    private static void awaitDelivery() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!registry.findIncompletePublications().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("events still pending: " + registry.findIncompletePublications().size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void assertExact() {
        Map<RollupRepository.Cell, CustomerCounts> viaRollups = rollups.customer(FROM, TO, BranchScope.ALL);
        Map<RollupRepository.Cell, CustomerCounts> direct = rollups.customerRaw(BranchScope.ALL, FROM, TO);
        assertThat(viaRollups).isEqualTo(direct);
        Map<RollupRepository.Cell, RecognitionCounts> rec = rollups.recognition(FROM, TO, BranchScope.ALL);
        Map<RollupRepository.Cell, RecognitionCounts> recDirect = rollups.recognitionRaw(null, FROM, TO, zone);
        // a cell recomputed to zero stays as a zero row in the rollups; the direct aggregation has no row for it
        assertThat(rec.entrySet().stream().filter(e -> e.getValue().total() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(recDirect);
    }
}
