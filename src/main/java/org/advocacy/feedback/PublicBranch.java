package org.advocacy.feedback;

/** What the public form may show of a branch. */
public record PublicBranch(long id, String code, String name, String city) {
}
