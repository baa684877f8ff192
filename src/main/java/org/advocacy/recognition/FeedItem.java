package org.advocacy.recognition;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One entry of a feed or profile. {@code source} tells where it comes from: recognition by a colleague or manager,
 * or a customer's approved praise (then {@code giverName} is null, the one recipient carries the branch where the
 * praise was given, {@code values} is empty, {@code message} is the praise text and {@code visibility} is null; a
 * customer's contact details are never part of an entry).
 */
public record FeedItem(Source source, long id, LocalDateTime createdAt, String giverName, List<Colleague> recipients,
        List<CompanyValue> values, String message, Visibility visibility, int applause, boolean applaudedByMe) {

    /** Where a feed entry comes from. */
    public enum Source { RECOGNITION, CUSTOMER_PRAISE }

    public boolean praise() {
        return source == Source.CUSTOMER_PRAISE;
    }
}
