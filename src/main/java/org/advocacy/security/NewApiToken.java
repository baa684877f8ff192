package org.advocacy.security;

/** A freshly created token: the only moment its secret is known. */
public record NewApiToken(long id, String secret) {
}
