package org.advocacy.org;

/** A department (reception, therapy, ...), shared by all branches. */
public record Department(long id, String name, boolean active) {
}
