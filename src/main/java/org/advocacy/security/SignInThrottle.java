package org.advocacy.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock the owner out (docs/decisions/0015):
 * <ul>
 * <li>per account <em>and</em> client: after {@code pairPerMinute} failures from one address for one account that
 * address is refused for that account (refilled within a minute);</li>
 * <li>per client: after {@code clientPerMinute} failures from one address across accounts that address is refused;</li>
 * <li>per account: never refused outright. After {@link #FREE_FAILURES} failures (counted until
 * {@link #ACCOUNT_WINDOW} passes without one) attempts from new clients are queued one after another with a delay
 * that doubles every ten further failures, up to {@code maxDelay}; a client that signed in to the account before
 * skips the queue. The queue holds at most {@link #QUEUE_SLOTS} waiting attempts, so many clients guessing together
 * still get one guess per delay, and the owner waits seconds at most.</li>
 * </ul>
 * State is in memory and bounded (Caffeine); a restart forgets it.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    static final int QUEUE_SLOTS = 3;
    /** At most this many sign-in requests wait at once over all accounts; beyond it they are refused. */
    static final int MAX_WAITING = 64;

    /** What to do with one sign-in attempt. */
    public record Verdict(Reason refusal, Duration delay) {
        static final Verdict GO = new Verdict(null, Duration.ZERO);

        public boolean refused() {
            return refusal != null;
        }
    }

    public enum Reason { ACCOUNT_AND_CLIENT, CLIENT, BUSY }

    /** The state of one account under attack: failures in the window, addresses they came from, the queue. */
    static final class AccountState {
        final AtomicInteger failures = new AtomicInteger();
        final Set<String> clients = ConcurrentHashMap.newKeySet();
        long nextSlotNanos;
    }

    private final int pairPerMinute;
    private final int clientPerMinute;
    private final Duration maxDelay;
    private final LongSupplier nanoTime;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(15)).build();
    private final Cache<String, AccountState> accounts = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(ACCOUNT_WINDOW).build();
    /** account + client pairs that signed in successfully (30 days): the owner's usual devices. */
    private final Cache<String, Boolean> knownClients = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(Duration.ofDays(30)).build();

    @Autowired
    SignInThrottle(@Value("${app.security.sign-in-attempts-per-minute}") int pairPerMinute,
            @Value("${app.security.sign-in-client-attempts-per-minute:30}") int clientPerMinute,
            @Value("${app.security.sign-in-max-delay:4s}") Duration maxDelay) {
        this(pairPerMinute, clientPerMinute, maxDelay, System::nanoTime);
    }

    SignInThrottle(int pairPerMinute, int clientPerMinute, Duration maxDelay, LongSupplier nanoTime) {
        this.pairPerMinute = pairPerMinute;
        this.clientPerMinute = clientPerMinute;
        this.maxDelay = maxDelay;
        this.nanoTime = nanoTime;
    }

    /** Decides about one attempt before the password is checked; a wait is taken from the account's queue. */
    public Verdict attempt(String username, String clientIp) {
        String account = accountKey(username);
        if (empty(pairKey(account, clientIp))) {
            return new Verdict(Reason.ACCOUNT_AND_CLIENT, Duration.ZERO);
        }
        if (empty(clientKey(clientIp))) {
            return new Verdict(Reason.CLIENT, Duration.ZERO);
        }
        AccountState state = accounts.getIfPresent(account);
        Duration delay = delay(state == null ? 0 : state.failures.get());
        if (delay.isZero() || knownClients.getIfPresent(pairKey(account, clientIp)) != null) {
            return Verdict.GO;
        }
        long now = nanoTime.getAsLong();
        long wait;
        synchronized (state) {
            long start = Math.max(now, state.nextSlotNanos);
            wait = start - now;
            if (wait > delay.toNanos() * QUEUE_SLOTS) {
                return new Verdict(Reason.BUSY, Duration.ofNanos(wait));
            }
            state.nextSlotNanos = start + delay.toNanos();
        }
        return new Verdict(null, Duration.ofNanos(wait));
    }

    /** Reserves one of the few server threads that may wait; false when too many already wait. */
    boolean startWaiting() {
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return false;
        }
        return true;
    }

    void stopWaiting() {
        waiting.decrementAndGet();
    }

    /**
     * Counts a failed sign-in. Returns the account's failures in the current window, so the caller can tell when
     * an attack begins ({@link #FREE_FAILURES} reached) and write it to the audit log.
     */
    public int recordFailure(String username, String clientIp) {
        String account = accountKey(username);
        bucket(pairKey(account, clientIp), pairPerMinute).tryConsume(1);
        bucket(clientKey(clientIp), clientPerMinute).tryConsume(1);
        AccountState state = accounts.asMap().compute(account, (k, s) -> s == null ? new AccountState() : s);
        state.clients.add(clientIp == null ? "?" : clientIp);
        return state.failures.incrementAndGet();
    }

    /** A correct password: this client is now known for the account and skips its slowdown from now on. */
    public void recordSuccess(String username, String clientIp) {
        knownClients.put(pairKey(accountKey(username), clientIp), Boolean.TRUE);
    }

    /** Distinct client addresses the current window's failures came from. */
    public int attackingClients(String username) {
        AccountState state = accounts.getIfPresent(accountKey(username));
        return state == null ? 0 : state.clients.size();
    }

    /** The pause between two queued attempts after this many failures: none up to the free ones, then doubling. */
    Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(20, (failures - FREE_FAILURES) / 10);
        Duration d = Duration.ofMillis(500L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private boolean empty(String key) {
        Bucket b = buckets.getIfPresent(key);
        return b != null && b.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int perMinute) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String pairKey(String account, String ip) {
        return account + "|ip:" + ip;
    }

    private static String clientKey(String ip) {
        return "ip:" + ip;
    }
}
