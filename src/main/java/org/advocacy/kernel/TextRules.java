package org.advocacy.kernel;

/** The text rules every module's validation shares: trimmed, required, bounded (translated messages). */
public final class TextRules {

    private TextRules() {
    }

    /** The trimmed value; blank: "error.required", longer than {@code max}: "error.tooLong". */
    public static String required(String field, String value, int max) {
        String v = trim(value);
        if (v.isEmpty()) {
            throw new ValidationException(field, "error.required");
        }
        if (v.length() > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        return v;
    }

    /** The value without surrounding white space; null becomes "". */
    public static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
