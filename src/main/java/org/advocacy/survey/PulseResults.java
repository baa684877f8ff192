package org.advocacy.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * What a results screen or the API may show for one selection, already filtered by {@link SegmentGuard}: when
 * {@code suppressed} is set, every figure but participation is absent.
 */
public record PulseResults(int invited, int answered, SegmentGuard.Reason suppressed, Enps enps,
        List<DriverResult> drivers, List<Comment> comments, boolean commentsHidden, List<SegmentRow> segments) {

    /** A driver's mean and its 1–5 distribution, or suppressed. */
    public record DriverResult(String code, int n, Double mean, int[] distribution, SegmentGuard.Reason suppressed) {
    }

    /** A comment dated with its round's close date (never its own day). */
    public record Comment(String text, LocalDate date) {
    }

    /** One segment: {@code label} like "HN01" or "HN01 · Spa"; figures only when not suppressed. */
    public record SegmentRow(String dimension, String label, Integer n, Enps enps, SegmentGuard.Reason suppressed) {
    }

    public boolean shown() {
        return suppressed == null && enps != null;
    }
}
