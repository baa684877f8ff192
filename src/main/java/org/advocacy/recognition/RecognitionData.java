package org.advocacy.recognition;

import java.util.Set;

/** The "Recognise" form: whom (employee ids), for which values, the message and who may see it. */
public record RecognitionData(Set<Long> recipientIds, Set<Long> valueIds, String message, Visibility visibility) {
}
