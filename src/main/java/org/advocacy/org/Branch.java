package org.advocacy.org;

/** A branch of the organisation (a spa, a clinic, a shop). */
public record Branch(long id, String code, String name, String city, String region, String timeZone, boolean active) {
}
