package org.advocacy.kernel.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one check of e-mail addresses: accounts, employees (form and import) and customers' contact details. A local
 * part of 1–64 characters, one {@code @}, a domain with a dot and a top-level part of at least two characters; no
 * white space and none of {@code < > "} anywhere (a pasted {@code Name <a@b.vn>} is refused rather than stored
 * half-parsed), at most {@value #MAX_LENGTH} characters.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 190;
    private static final Pattern PATTERN = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");

    private EmailAddress() {
    }

    /** Trimmed and lower-cased, as stored; null becomes the empty string. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether an address, already {@linkplain #normalise normalised}, is acceptable. */
    public static boolean isValid(String normalised) {
        return normalised.length() <= MAX_LENGTH && PATTERN.matcher(normalised).matches();
    }
}
