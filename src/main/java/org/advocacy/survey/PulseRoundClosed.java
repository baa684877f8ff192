package org.advocacy.survey;

/**
 * Published when a pulse round closed and its one release was stored, in that transaction. It names the round only:
 * its figures are read from the release, within the anonymity rules.
 */
public record PulseRoundClosed(long roundId, long programId) {
}
