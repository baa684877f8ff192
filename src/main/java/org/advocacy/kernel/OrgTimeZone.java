package org.advocacy.kernel;

import java.time.ZoneId;

/** The organisation's time zone: periods (months, quarters) and displayed times follow it. */
public record OrgTimeZone(ZoneId zone) {
}
