package org.advocacy.security;

import java.util.Set;

/** The account form: who, which roles, which branches they manage, and (for new accounts) a first password. */
public record UserAccountData(String email, String displayName, Long employeeId, Set<Role> roles,
        Set<Long> managedBranchIds, boolean enabled, String password) {
}
