package org.advocacy.feedback;

/** The stored feedback's id; {@code created} is false when the same submission or external id was stored before. */
public record SubmitResult(long id, boolean created) {
}
