package org.advocacy.settings;

import java.time.LocalDateTime;

/**
 * The address printed into QR codes, posters, kiosk links and e-mails, with where it comes from: stored by an
 * administrator in the portal, or the environment's {@code PUBLIC_URL} (or its default). {@code url} never ends
 * with a slash.
 */
public record PublicAddress(String url, Source source, String environmentUrl, LocalDateTime storedAt) {

    public enum Source { STORED, ENVIRONMENT }

    public boolean stored() {
        return source == Source.STORED;
    }
}
