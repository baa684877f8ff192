package org.advocacy.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The group commit's own rules, without a database: what waits is written together, and each item gets its own answer. */
class GroupCommitTest {

    private final ExecutorService clients = Executors.newFixedThreadPool(8);
    private final List<List<Integer>> groups = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private GroupCommit<Integer, Integer> commit;

    @AfterEach
    void tearDown() {
        release.countDown();
        if (commit != null) {
            commit.close();
        }
        clients.shutdownNow();
    }

    /** A writer that records its groups, holds the first one until released, and answers each item with ten times it. */
    private Function<List<Integer>, List<GroupCommit.Outcome<Integer>>> recordingWriter() {
        return items -> {
            groups.add(List.copyOf(items));
            if (groups.size() == 1) {
                await(release);
            }
            if (items.contains(99)) {
                throw new IllegalStateException("the database went away");
            }
            return items.stream().map(i -> i % 2 == 1 && i > 100
                    ? GroupCommit.Outcome.<Integer>failed(new IllegalArgumentException("odd " + i))
                    : GroupCommit.Outcome.of(i * 10)).toList();
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitUntilWaiting(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waiting() < n && System.nanoTime() < until) {
            Thread.onSpinWait();
            Thread.sleep(1);
        }
        assertThat(commit.waiting()).as("items waiting for the writer").isEqualTo(n);
    }

    /** Waits until the writer has taken the first group (and holds it until released). */
    private void waitForTheFirstGroup() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (groups.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(groups).as("the writer took the first group").isNotEmpty();
    }

    /** Submits each item on its own client thread. */
    private List<Future<Integer>> submitEach(int... items) {
        List<Future<Integer>> out = new ArrayList<>();
        for (int item : items) {
            out.add(clients.submit(() -> commit.submit(item)));
        }
        return out;
    }

    @Test
    void whatArrivesWhileTheWriterIsBusyIsWrittenAsOneGroupAndEachCallerGetsItsOwnAnswer() throws Exception {
        commit = new GroupCommit<>("test", 100, 100, Duration.ofSeconds(10), recordingWriter());
        Future<Integer> first = clients.submit(() -> commit.submit(1));
        waitForTheFirstGroup();
        List<Future<Integer>> next = submitEach(2, 3, 4, 5, 6);
        waitUntilWaiting(5);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(10);
        for (int i = 0; i < next.size(); i++) {
            assertThat(next.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 2) * 10);
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly(1);
        assertThat(groups.get(1)).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    }

    @Test
    void aGroupIsNeverLargerThanItsLimit() throws Exception {
        commit = new GroupCommit<>("test", 3, 100, Duration.ofSeconds(10), recordingWriter());
        Future<Integer> first = clients.submit(() -> commit.submit(0));
        waitForTheFirstGroup();
        List<Future<Integer>> next = submitEach(2, 4, 6, 8, 10, 12, 14);
        waitUntilWaiting(7);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<Integer> f : next) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(groups).hasSize(4).allSatisfy(g -> assertThat(g.size()).isLessThanOrEqualTo(3));
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(8);
    }

    @Test
    void aBadItemFailsAloneAndAWriterThatFailsFailsItsWholeGroup() throws Exception {
        commit = new GroupCommit<>("test", 100, 100, Duration.ofSeconds(10), recordingWriter());
        release.countDown();
        assertThat(commit.submit(4)).isEqualTo(40);
        assertThatThrownBy(() -> commit.submit(101)).isInstanceOf(IllegalArgumentException.class).hasMessage("odd 101");
        assertThat(commit.submit(102)).isEqualTo(1020);
        assertThatThrownBy(() -> commit.submit(99)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        assertThat(commit.submit(6)).as("the writer goes on after a failed group").isEqualTo(60);
    }

    @Test
    void aCallerWhoseGroupDoesNotCommitInTimeIsAnsweredAsADatabaseTimeOut() {
        commit = new GroupCommit<>("test", 100, 100, Duration.ofMillis(200), recordingWriter());
        assertThatThrownBy(() -> commit.submit(1)).isInstanceOf(DatabaseTimeLimit.DatabaseTimeoutException.class);
        assertThat(DatabaseTimeLimit.isTimeout(new DatabaseTimeLimit.DatabaseTimeoutException()))
                .as("answered 503 with Retry-After like any time-out").isTrue();
    }

    @Test
    void aFullQueueRefusesAfterTheWaitInsteadOfGrowing() throws Exception {
        commit = new GroupCommit<>("test", 1, 1, Duration.ofMillis(300), recordingWriter());
        Future<Integer> held = clients.submit(() -> commit.submit(1));
        waitForTheFirstGroup();
        Future<Integer> queued = clients.submit(() -> commit.submit(2));
        waitUntilWaiting(1);
        assertThatThrownBy(() -> commit.submit(3)).isInstanceOf(DatabaseTimeLimit.DatabaseTimeoutException.class);
        assertThat(groups).as("the refused item was never handed to the writer").hasSize(1);
        release.countDown();
        // the held and the queued item's own waits (300 ms each) may have run out while the first group was held:
        // then they were answered as time-outs, never left hanging
        for (var f : List.of(held, queued)) {
            try {
                assertThat(f.get(10, TimeUnit.SECONDS)).isIn(10, 20);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DatabaseTimeLimit.DatabaseTimeoutException.class);
            }
        }
    }

    @Test
    void insideATransactionTheItemIsWrittenAtOnceOnTheCallersThread() {
        List<Thread> writers = new CopyOnWriteArrayList<>();
        commit = new GroupCommit<>("test", 100, 100, Duration.ofSeconds(10), items -> {
            writers.add(Thread.currentThread());
            return items.stream().map(i -> GroupCommit.Outcome.of(i + 1)).toList();
        });
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThat(commit.submit(41)).isEqualTo(42);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(writers).containsExactly(Thread.currentThread());
        assertThat(commit.submit(1)).isEqualTo(2);
        assertThat(writers.get(1)).isNotEqualTo(Thread.currentThread());
    }

    @Test
    void closingFailsWhatStillWaitsAndRefusesNewItems() throws Exception {
        commit = new GroupCommit<>("test", 100, 100, Duration.ofSeconds(10), recordingWriter());
        Future<Integer> held = clients.submit(() -> commit.submit(1));
        waitForTheFirstGroup();
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> commit.submit(2), clients);
        waitUntilWaiting(1);
        release.countDown();
        held.get(10, TimeUnit.SECONDS);
        commit.close();
        // item 2 was either written after the first group or failed by the close; it never hangs
        try {
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(20);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).hasMessageContaining("closed before this item was written");
        }
        assertThatThrownBy(() -> commit.submit(3)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
