package org.advocacy.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** A row of the accounts screen. */
public record UserListItem(long id, String email, String displayName, Long employeeId, String branchCode,
        Set<Role> roles, List<String> managedBranchCodes, boolean enabled, LocalDateTime lastSignInAt) {
}
