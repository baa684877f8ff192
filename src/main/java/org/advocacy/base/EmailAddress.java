package org.advocacy.base;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one check of e-mail addresses used by accounts, people and (later) customers' contact details. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 190;
    private static final Pattern PATTERN = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddress() {
    }

    /** Trimmed and lower-cased, as stored. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised.length() <= MAX_LENGTH && PATTERN.matcher(normalised).matches();
    }
}
