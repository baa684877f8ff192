package org.advocacy.recognition.internal;

import java.util.Set;

/**
 * Who is looking, as the recognition queries need it: account, own employee record and branch, and the branches
 * they manage (which lets them see private recognition of their people).
 */
public record Viewer(long userId, Long employeeId, Long ownBranchId, Set<Long> managedBranchIds) {
}
