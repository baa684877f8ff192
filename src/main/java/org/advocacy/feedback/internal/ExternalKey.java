package org.advocacy.feedback.internal;

/** An API client's external id, which is unique within a branch (never across branches). */
public record ExternalKey(long branchId, String externalId) {
}
