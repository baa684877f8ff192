package org.advocacy.recognition;

/** How often a value was named. */
public record ValueCount(CompanyValue value, int count) {
}
