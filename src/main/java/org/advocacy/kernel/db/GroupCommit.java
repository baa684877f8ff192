package org.advocacy.kernel.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit of concurrent requests (issue 13, docs/decisions/0055): each request hands its item to one writer
 * thread and waits; the writer takes every item waiting at that moment (up to {@code maxGroup}) and writes them
 * together, in one transaction of its own, and answers each request only after that transaction committed. A client
 * alone is a group of one and waits only for the hand-over; under load the statements, the commit and the events are
 * shared by the group, so throughput grows with the load instead of the database's work.
 * <p>
 * The writer returns one {@link Outcome} per item, so a bad item fails alone; an exception out of the writer (the
 * database away, the transaction rolled back) fails every item of the group, and nothing of it was stored. A caller
 * already inside a transaction is written at once in it, as a group of one, so it commits or rolls back with the
 * caller's work.
 */
public final class GroupCommit<I, R> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** What the writer made of one item: a result or the exception its request gets. */
    public record Outcome<R>(R value, RuntimeException error) {

        public static <R> Outcome<R> of(R value) {
            return new Outcome<>(value, null);
        }

        public static <R> Outcome<R> failed(RuntimeException error) {
            return new Outcome<>(null, error);
        }
    }

    private record Entry<I, R>(I item, CompletableFuture<R> result) {
    }

    private final String name;
    private final int maxGroup;
    private final Duration wait;
    private final Function<List<I>, List<Outcome<R>>> writer;
    private final BlockingQueue<Entry<I, R>> queue;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param maxGroup most items written in one transaction
     * @param capacity most items waiting; a request that finds the queue full for {@code wait} is refused as a
     *                 database time-out (the API answers 503 with Retry-After)
     * @param wait     how long a request waits for its group in all
     * @param writer   writes a group in one transaction and returns one outcome per item, in order
     */
    public GroupCommit(String name, int maxGroup, int capacity, Duration wait,
            Function<List<I>, List<Outcome<R>>> writer) {
        if (maxGroup < 1 || capacity < 1) {
            throw new IllegalArgumentException("maxGroup and capacity must be positive");
        }
        this.name = name;
        this.maxGroup = maxGroup;
        this.wait = wait;
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("group-commit-" + name).daemon().unstarted(this::loop);
        thread.start();
    }

    /**
     * Writes the item with whatever else is waiting and returns its result once committed; throws what the writer
     * gave for it, or a {@link DatabaseTimeLimit.DatabaseTimeoutException} when no answer came within the wait.
     */
    public R submit(I item) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return unwrap(writeOne(item));
        }
        if (!running) {
            throw new IllegalStateException("group commit " + name + " is closed");
        }
        Entry<I, R> entry = new Entry<>(item, new CompletableFuture<>());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!queue.offer(entry, wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new DatabaseTimeLimit.DatabaseTimeoutException();
            }
            return entry.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // the group may still commit; the client retries with the same id, which stores once
            throw new DatabaseTimeLimit.DatabaseTimeoutException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for group commit " + name, e);
        }
    }

    /** How many items wait for the writer now. */
    int waiting() {
        return queue.size();
    }

    private Outcome<R> writeOne(I item) {
        List<Outcome<R>> outcomes = writer.apply(List.of(item));
        if (outcomes.size() != 1) {
            throw new IllegalStateException("group commit " + name + " gave " + outcomes.size() + " outcomes for 1");
        }
        return outcomes.get(0);
    }

    private static <R> R unwrap(Outcome<R> o) {
        if (o.error() != null) {
            throw o.error();
        }
        return o.value();
    }

    private void loop() {
        List<Entry<I, R>> group = new ArrayList<>(maxGroup);
        while (running) {
            try {
                Entry<I, R> first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                write(group);
            } catch (InterruptedException e) {
                if (running) {
                    log.warn("group commit {} interrupted while open", name);
                }
            } finally {
                group.clear();
            }
        }
        failWaiting();
    }

    private void write(List<Entry<I, R>> group) {
        List<Outcome<R>> outcomes;
        try {
            outcomes = writer.apply(group.stream().map(Entry::item).toList());
            if (outcomes.size() != group.size()) {
                throw new IllegalStateException("group commit " + name + " gave " + outcomes.size() + " outcomes for "
                        + group.size());
            }
        } catch (RuntimeException | Error e) {
            // nothing of the group was stored: every request gets the failure (an outage answers 503)
            group.forEach(entry -> entry.result().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Outcome<R> o = outcomes.get(i);
            if (o.error() != null) {
                group.get(i).result().completeExceptionally(o.error());
            } else {
                group.get(i).result().complete(o.value());
            }
        }
    }

    private void failWaiting() {
        List<Entry<I, R>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(e -> e.result().completeExceptionally(
                new IllegalStateException("group commit " + name + " closed before this item was written")));
    }

    /** Stops the writer after the group it is writing; items still waiting fail, and were not stored. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failWaiting();
    }
}
