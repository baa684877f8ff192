package org.advocacy.test;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Codes, names and e-mail parts that no other test takes: a counter of this test JVM behind a prefix of the JVM's
 * start (milliseconds and process id), so that runs against one database server do not meet either. Unlike the
 * remainder of a clock reading, two calls never give the same code. At most 13 characters, A–Z and 0–9.
 */
public final class UniqueCodes {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36)
            + Long.toString(36 * 36 + ProcessHandle.current().pid() % (36 * 36), 36).substring(1);
    private static final AtomicLong SERIAL = new AtomicLong();

    private UniqueCodes() {
    }

    /** The next code, upper case (branch codes). */
    public static String next() {
        return (RUN + Long.toString(SERIAL.incrementAndGet(), 36)).toUpperCase(Locale.ROOT);
    }

    /** The next code, lower case (touchpoint codes, e-mail addresses). */
    public static String nextLower() {
        return next().toLowerCase(Locale.ROOT);
    }

    /** A host part 1–254 of an address that differs from the last 253 calls' (a client address per test). */
    public static int nextOctet() {
        return (int) (SERIAL.incrementAndGet() % 254) + 1;
    }
}
