package org.advocacy.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.advocacy.kernel.ui.Formats;

/** Something that concerns one user: a translation key with its arguments, and where to go to see it. */
public record Notification(long id, String kind, String messageKey, List<String> args, String link,
        LocalDateTime createdAt, LocalDateTime readAt) {

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    public boolean unread() {
        return readAt == null;
    }

    /** This notice's arguments for a reader of this locale ({@link #localized}). */
    public Object[] args(Locale locale) {
        return localized(args, locale);
    }

    /**
     * Arguments as a reader of this locale reads them: a date, stored as ISO ({@code 2026-12-15}) so that the
     * notice does not depend on who wrote it, is shown as the reader's language writes dates ("15 thg 12, 2026",
     * "Dec 15, 2026"); every other argument as stored.
     */
    public static Object[] localized(List<String> args, Locale locale) {
        return args.stream().map(a -> {
            if (a != null && ISO_DATE.matcher(a).matches()) {
                try {
                    return Formats.date(LocalDate.parse(a), locale);
                } catch (DateTimeParseException notADate) {
                    return a;
                }
            }
            return a;
        }).toArray();
    }
}
