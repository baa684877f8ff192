package org.advocacy.security;

import java.time.LocalDateTime;
import java.util.Set;

/** A row of the API tokens screen; the secret itself is never stored, only its hash and first characters. */
public record ApiTokenListItem(long id, String name, String prefix, Set<ApiScope> scopes, String branchCode,
        String createdBy, LocalDateTime createdAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
