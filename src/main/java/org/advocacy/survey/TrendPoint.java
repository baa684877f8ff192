package org.advocacy.survey;

import java.time.LocalDate;

/** One closed round in the trend: eNPS with interval, or suppressed; {@code clearChange} against the previous shown point. */
public record TrendPoint(long roundId, LocalDate closeDate, Enps enps, SegmentGuard.Reason suppressed, boolean clearChange) {
}
