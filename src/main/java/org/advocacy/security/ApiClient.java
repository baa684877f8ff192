package org.advocacy.security;

import java.util.Set;

/** The caller of /api/v1 as identified by its bearer token. */
public record ApiClient(long tokenId, String name, Set<ApiScope> scopes, Long branchId) {

    public boolean has(ApiScope scope) {
        return scopes.stream().anyMatch(s -> s.implied().contains(scope));
    }
}
