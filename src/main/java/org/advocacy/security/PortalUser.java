package org.advocacy.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security keeps them in the session. */
public record PortalUser(long id, String email, String displayName, Long employeeId, String locale, Set<Role> roles,
        String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Never let the password hash leave the security layer in a string. */
    @Override
    public String toString() {
        return "PortalUser[" + id + ", " + email + ", " + roles + "]";
    }
}
