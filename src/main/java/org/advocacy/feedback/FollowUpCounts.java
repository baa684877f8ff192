package org.advocacy.feedback;

/** Open follow-up cases in the caller's scope: all open ones, those due within the next day, and the overdue ones. */
public record FollowUpCounts(int open, int dueSoon, int overdue) {
}
