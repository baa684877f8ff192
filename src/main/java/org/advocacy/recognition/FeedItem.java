package org.advocacy.recognition;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One entry of a feed or profile. {@code source} tells where it comes from, so approved customer praise can join
 * the same list later without changing its readers.
 */
public record FeedItem(Source source, long id, LocalDateTime createdAt, String giverName, List<Colleague> recipients,
        List<CompanyValue> values, String message, Visibility visibility, int applause, boolean applaudedByMe) {

    /** Where a feed entry comes from. */
    public enum Source { RECOGNITION }
}
