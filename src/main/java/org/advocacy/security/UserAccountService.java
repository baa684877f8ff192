package org.advocacy.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.advocacy.audit.AuditAction;
import org.advocacy.audit.AuditLog;
import org.advocacy.kernel.ValidationException;
import org.advocacy.security.internal.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their roles, kept by administrators; plus the signed-in user's own preferences. */
@Service
public class UserAccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AccountAccess access;
    private final AccountPeople people;

    UserAccountService(UserRepository users, PasswordEncoder encoder, AuditLog audit, CurrentUser currentUser,
            Clock clock, AccountAccess access, AccountPeople people) {
        this.access = access;
        this.people = people;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sortable columns of the accounts list. */
    public enum SortColumn { EMAIL, NAME, BRANCH, LAST_SIGN_IN }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional(readOnly = true)
    public List<UserListItem> find(String text, Role role, SortColumn sort, boolean ascending, int offset, int limit) {
        UserRepository.Sort order = sort == null ? null : switch (sort) {
            case EMAIL -> UserRepository.Sort.EMAIL;
            case NAME -> UserRepository.Sort.DISPLAY_NAME;
            case BRANCH -> UserRepository.Sort.BRANCH;
            case LAST_SIGN_IN -> UserRepository.Sort.LAST_SIGN_IN;
        };
        return users.find(text, role, order, ascending, offset, limit);
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional(readOnly = true)
    public int count(String text, Role role) {
        return users.count(text, role);
    }

    /** Display names of the accounts with these e-mail addresses (lower case keys), for the audit log. */
    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional(readOnly = true)
    public java.util.Map<String, String> displayNames(java.util.Collection<String> emails) {
        return emails.isEmpty() ? java.util.Map.of() : users.displayNames(emails);
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional(readOnly = true)
    public Set<Long> managedBranches(long userId) {
        return users.managedBranchIds(userId);
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional
    public long create(UserAccountData data) {
        String email = email(data.email());
        if (users.emailExists(email)) {
            throw new ValidationException("email", "user.error.emailTaken", email);
        }
        if (data.employeeId() != null && users.employeeHasAccount(data.employeeId())) {
            throw new ValidationException("employee", "user.error.employeeHasAccount");
        }
        checkPassword(data.password());
        boolean employeeActive = data.employeeId() == null || Optional.ofNullable(
                people.people(List.of(data.employeeId())).get(data.employeeId())).map(AccountPeople.Person::active)
                .orElse(true); // an unknown employee is refused by the insert's foreign key
        long id = users.insert(email, displayName(data.displayName()), encoder.encode(data.password()), data.employeeId(),
                employeeActive, LocalDateTime.now(clock));
        users.setRoles(id, roles(data.roles()));
        users.setManagedBranches(id, data.roles().contains(Role.MANAGER) ? data.managedBranchIds() : Set.of());
        audit.record(AuditAction.USER_CREATED, email, "roles=" + roles(data.roles()));
        return id;
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional
    public void update(long userId, UserAccountData data) {
        String email = users.email(userId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        Set<Role> before = users.roles(userId);
        Set<Role> after = roles(data.roles());
        if (before.contains(Role.ADMIN) && (!after.contains(Role.ADMIN) || !data.enabled())
                && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new ValidationException("roles", "user.error.lastAdmin");
        }
        if (data.enabled() && users.employeeInactive(userId)) {
            throw new ValidationException("enabled", "user.error.employeeInactive");
        }
        users.update(userId, displayName(data.displayName()), data.enabled());
        if (!data.enabled()) {
            access.endSessionsAfterCommit(userId);
        }
        users.setRoles(userId, after);
        Set<Long> managed = after.contains(Role.MANAGER) ? data.managedBranchIds() : Set.of();
        Set<Long> managedBefore = users.managedBranchIds(userId);
        users.setManagedBranches(userId, managed);
        if (!before.equals(after) || !managedBefore.equals(Set.copyOf(managed))) {
            audit.record(AuditAction.USER_ROLES_CHANGED, email,
                    before + " → " + after + (managed.isEmpty() ? "" : ", branches=" + managed));
        }
        audit.record(AuditAction.USER_UPDATED, email, data.enabled() ? "enabled" : "disabled");
    }

    @PreAuthorize(SecurityPermissions.ADMIN)
    @Transactional
    public void resetPassword(long userId, String password) {
        String email = users.email(userId).orElseThrow(() -> new ValidationException(null, "error.notFound"));
        checkPassword(password);
        users.setPassword(userId, encoder.encode(password));
        audit.record(AuditAction.USER_PASSWORD_RESET, email, null);
    }

    /** The signed-in user's language, remembered for their next visit. */
    @PreAuthorize(SecurityPermissions.SIGNED_IN)
    @Transactional
    public void setOwnLocale(Locale locale) {
        currentUser.get().ifPresent(u -> users.setLocale(u.id(), locale.getLanguage()));
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return users.countEnabledWithRole(Role.ADMIN) > 0;
    }

    /**
     * Creates the first administrator of a fresh installation (from ADMIN_EMAIL/ADMIN_PASSWORD or the setup page).
     * Refused once any administrator exists, so the setup page cannot be used to take over an installation.
     */
    @Transactional
    public synchronized Optional<Long> createFirstAdmin(String email, String displayName, String password) {
        if (adminExists()) {
            return Optional.empty();
        }
        String e = email(email);
        checkPassword(password);
        long id = users.idOfEmail(e).orElseGet(() -> users.insert(e, displayName(displayName == null || displayName.isBlank()
                ? e : displayName), encoder.encode(password), null, true, LocalDateTime.now(clock)));
        users.setPassword(id, encoder.encode(password));
        Set<Role> roles = EnumSet.copyOf(users.roles(id).isEmpty() ? Set.of(Role.ADMIN) : users.roles(id));
        roles.add(Role.ADMIN);
        users.setRoles(id, roles);
        audit.recordAs("system", AuditAction.FIRST_ADMIN_CREATED, e, null, null);
        return Optional.of(id);
    }

    private static String email(String email) {
        String e = org.advocacy.kernel.mail.EmailAddress.normalise(email);
        if (!org.advocacy.kernel.mail.EmailAddress.isValid(e)) {
            throw new ValidationException("email", "user.error.email");
        }
        return e;
    }

    private static String displayName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new ValidationException("displayName", "error.required");
        }
        if (n.length() > 120) {
            throw new ValidationException("displayName", "error.tooLong", 120);
        }
        return n;
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("roles", "user.error.roles");
        }
        return EnumSet.copyOf(roles);
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("password", "user.error.password", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 72) { // bcrypt reads at most 72 bytes
            throw new ValidationException("password", "error.tooLong", 72);
        }
    }
}
