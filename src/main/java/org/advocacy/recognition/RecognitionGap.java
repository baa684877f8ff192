package org.advocacy.recognition;

import java.time.LocalDateTime;

/** Someone not recognised lately; {@code lastRecognisedAt} (UTC) is null when never. */
public record RecognitionGap(Colleague person, LocalDateTime lastRecognisedAt) {
}
