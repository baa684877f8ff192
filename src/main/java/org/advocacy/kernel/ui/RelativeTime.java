package org.advocacy.kernel.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;

/**
 * A span of time in words, as people say it ("5 hours", "a day"), rounded to the largest sensible unit: minutes
 * under an hour, hours under a day, days beyond (25 hours overdue is "overdue by a day"). The words come from the translations (time.*).
 */
public final class RelativeTime {

    private RelativeTime() {
    }

    /** The absolute length of {@code d} in words, e.g. "5 hours" / "5 giờ". */
    public static String words(Component c, Duration d) {
        long minutes = Math.abs(d.toMinutes());
        if (minutes < 60) {
            long m = Math.max(1, minutes);
            return m == 1 ? c.getTranslation("time.minute.one") : c.getTranslation("time.minute.many", m);
        }
        if (minutes < 23 * 60 + 30) {
            long hours = Math.round(minutes / 60.0);
            return hours == 1 ? c.getTranslation("time.hour.one") : c.getTranslation("time.hour.many", hours);
        }
        long days = Math.max(1, Math.round(minutes / 1440.0));
        return days == 1 ? c.getTranslation("time.day.one") : c.getTranslation("time.day.many", days);
    }

    /** "due in 5 hours" or "overdue by a day" (keys time.dueIn / time.overdueBy), from now to the due time. */
    public static String due(Component c, Duration untilDue) {
        return untilDue.isNegative() ? c.getTranslation("time.overdueBy", words(c, untilDue))
                : c.getTranslation("time.dueIn", words(c, untilDue));
    }
}
