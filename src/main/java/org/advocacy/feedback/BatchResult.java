package org.advocacy.feedback;

/** A stored batch: how many items were new, how many were already stored under their external id. */
public record BatchResult(int created, int alreadyStored) {
}
