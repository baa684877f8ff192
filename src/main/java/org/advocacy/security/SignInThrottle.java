package org.advocacy.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.advocacy.kernel.RateLimits;
import org.advocacy.kernel.db.DatabaseOutage;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The per-address counters are shared by every node through MariaDB ({@link RateLimits}, decision 0037); the
 * per-account queue and the known devices are per node, in memory and bounded (Caffeine): with N nodes an account
 * under attack has N queues, which still allows only N guesses per delay; a restart forgets them.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

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

    private final RateLimits limits;
    private final RateLimits.Limit perPair;
    private final RateLimits.Limit perClient;
    private final Duration maxDelay;
    private final LongSupplier nanoTime;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Cache<String, AccountState> accounts = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(ACCOUNT_WINDOW).build();
    /** account + client pairs that signed in successfully (30 days): the owner's usual devices. */
    private final Cache<String, Boolean> knownClients = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(Duration.ofDays(30)).build();

    @Autowired
    SignInThrottle(RateLimits limits, @Value("${app.security.sign-in-attempts-per-minute}") int pairPerMinute,
            @Value("${app.security.sign-in-client-attempts-per-minute:30}") int clientPerMinute,
            @Value("${app.security.sign-in-max-delay:4s}") Duration maxDelay) {
        this(limits, "sign-in", pairPerMinute, clientPerMinute, Duration.ofMinutes(1), maxDelay, System::nanoTime);
    }

    /**
     * {@code name} prefixes the shared counters' names and {@code window} is their refill period (a minute in the
     * portal), so that tests can keep their own counters and need not race the refill.
     */
    SignInThrottle(RateLimits limits, String name, int pairPerWindow, int clientPerWindow, Duration window,
            Duration maxDelay, LongSupplier nanoTime) {
        this.limits = limits;
        this.perPair = new RateLimits.Limit(name + "-pair", pairPerWindow, window);
        this.perClient = new RateLimits.Limit(name + "-client", clientPerWindow, window);
        this.maxDelay = maxDelay;
        this.nanoTime = nanoTime;
    }

    /** Decides about one attempt before the password is checked; a wait is taken from the account's queue. */
    public Verdict attempt(String username, String clientIp) {
        String account = accountKey(username);
        try {
            if (limits.exhausted(perPair, pairKey(account, clientIp))) {
                return new Verdict(Reason.ACCOUNT_AND_CLIENT, Duration.ZERO);
            }
            if (limits.exhausted(perClient, clientKey(clientIp))) {
                return new Verdict(Reason.CLIENT, Duration.ZERO);
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e) && !DatabaseTimeLimit.isTimeout(e)) {
                throw e;
            }
            // the counters live in the database; so do the passwords: no guess can be checked while it is away,
            // so the attempt goes on to the sign-in, which shows its own failure
            return Verdict.GO;
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
        try {
            limits.take(perPair, pairKey(account, clientIp));
            limits.take(perClient, clientKey(clientIp));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e) && !DatabaseTimeLimit.isTimeout(e)) {
                throw e;
            }
            log.warn("Sign-in failure of {} not counted: the database is away ({})", clientIp, e.toString());
        }
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
