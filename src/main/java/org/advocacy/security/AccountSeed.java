package org.advocacy.security;

import java.time.LocalDateTime;
import java.util.List;
import org.advocacy.security.internal.AccountSeedRepository;
import org.springframework.stereotype.Component;

/**
 * Writes generated accounts (the demo generator): the one way another module fills {@code app_user},
 * {@code user_role} and {@code managed_branch} (decision 0047). No role check and no audit line: only for start-up
 * generation into an empty database, in the caller's transaction.
 */
@Component
public class AccountSeed {

    private final AccountSeedRepository repository;

    AccountSeed(AccountSeedRepository repository) {
        this.repository = repository;
    }

    /** An enabled account with its roles, of an active employee (if any); {@code hash} is the encoded password. */
    public long insertUser(String email, String name, String hash, Long employeeId, List<String> roles,
            LocalDateTime now) {
        return repository.insertUser(email, name, hash, employeeId, roles, now);
    }

    public void insertManagedBranch(long userId, long branchId) {
        repository.insertManagedBranch(userId, branchId);
    }
}
