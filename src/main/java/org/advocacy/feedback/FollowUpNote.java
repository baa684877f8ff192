package org.advocacy.feedback;

import java.time.LocalDateTime;

/** A note on a follow-up case (what was said, what was promised). */
public record FollowUpNote(long id, String authorName, String note, LocalDateTime createdAt) {
}
