package org.advocacy.recognition;

import org.advocacy.kernel.ValidationException;

/** The text rules the recognition services share: trimmed, required, bounded. */
final class RecognitionText {

    private RecognitionText() {
    }

    static String required(String field, String value, int max) {
        String v = trim(value);
        if (v.isEmpty()) {
            throw new ValidationException(field, "error.required");
        }
        if (v.length() > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        return v;
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
