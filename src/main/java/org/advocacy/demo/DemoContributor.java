package org.advocacy.demo;

/**
 * A feature's part of the demo organisation (pulse history, customer feedback, recognition ...). Every
 * contributor bean runs once, in {@link #order()}, inside the transaction that created the organisation, and
 * must be deterministic: all randomness comes from {@link DemoContext#random(String)}.
 */
public interface DemoContributor {

    /** Lower runs first; the organisation itself is already there. */
    default int order() {
        return 100;
    }

    void contribute(DemoContext context);
}
