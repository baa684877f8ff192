package org.advocacy.security;

import java.util.Set;

/** What an admin fills in to create a token. */
public record ApiTokenData(String name, Set<ApiScope> scopes, Long branchId) {
}
