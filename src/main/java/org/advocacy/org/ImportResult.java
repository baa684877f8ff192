package org.advocacy.org;

/** What an applied import changed. */
public record ImportResult(int created, int updated, int departmentsCreated) {
}
