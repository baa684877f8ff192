package org.advocacy.survey;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A named import of historical answers (docs/domain-rules.md#rule-12): listed and deleted as a whole; {@code months} it
 * counts in.
 */
public record ImportBatch(long id, String name, String createdBy, LocalDateTime createdAt, int answers,
        List<String> months) {
}
