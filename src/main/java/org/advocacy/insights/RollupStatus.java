package org.advocacy.insights;

import java.time.LocalDateTime;

/** When the rollups last took an answer in and were last rebuilt (UTC), how long that took and who asked. */
public record RollupStatus(LocalDateTime lastUpdateAt, LocalDateTime lastRebuildAt, Long rebuildMillis,
        String rebuiltBy) {
}
