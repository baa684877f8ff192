package org.advocacy.feedback;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advocacy.security.ApiClient;
import org.advocacy.security.ApiScope;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Helpers shared by the feedback tests. */
final class FeedbackTestSupport {

    private FeedbackTestSupport() {
    }

    static FeedbackData form(String branch, int nps) {
        return FeedbackData.ofForm(branch, nps, null, null, null, null, null, null, null, null, null, false,
                UUID.randomUUID().toString(), "");
    }

    static FeedbackData api(String branch, int nps, String externalId) {
        return new FeedbackData(branch, nps, 5, 6, "treatment", null, null, null, null, null, null, false, null,
                externalId, null, null);
    }

    /** Signs in an API client with the given scopes (and branch restriction), as the token filter does. */
    static void apiClient(Long branchId, ApiScope... scopes) {
        ApiClient client = new ApiClient(-1, "test", Set.of(scopes), branchId);
        List<SimpleGrantedAuthority> authorities = Set.of(scopes).stream()
                .map(s -> new SimpleGrantedAuthority("SCOPE_" + s.code())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(client, null, authorities));
    }
}
