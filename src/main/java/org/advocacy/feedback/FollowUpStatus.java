package org.advocacy.feedback;

import java.util.Set;

/** The life of a follow-up case: new → contacted → resolved, or could not reach. */
public enum FollowUpStatus {
    NEW, CONTACTED, RESOLVED, UNREACHABLE;

    public boolean closed() {
        return this == RESOLVED || this == UNREACHABLE;
    }

    /** The statuses a case may move to from this one. */
    public Set<FollowUpStatus> next() {
        return switch (this) {
            case NEW -> Set.of(CONTACTED, RESOLVED, UNREACHABLE);
            case CONTACTED -> Set.of(RESOLVED, UNREACHABLE);
            case RESOLVED, UNREACHABLE -> Set.of();
        };
    }
}
