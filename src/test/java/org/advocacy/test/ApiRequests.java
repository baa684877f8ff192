package org.advocacy.test;

import java.util.Set;
import java.util.UUID;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenData;
import org.advocacy.security.ApiTokenService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the API tests share: MockMvc on the shared application context with the portal's security filters, and new
 * API tokens made by the demo administrator, as an integration partner would get them on the tokens screen.
 */
@Component
public class ApiRequests {

    private final WebApplicationContext context;
    private final ApiTokenService tokens;
    private final SignIn signIn;

    ApiRequests(WebApplicationContext context, ApiTokenService tokens, SignIn signIn) {
        this.context = context;
        this.tokens = tokens;
        this.signIn = signIn;
    }

    /** A fresh MockMvc through the security filter chain (the API's token filter, headers, CSRF rules). */
    public MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** The secret of a new token with these scopes, bound to a branch (null: every branch). Signs out afterwards. */
    public String secret(Long branchId, ApiScope... scopes) {
        signIn.as(SignIn.ADMIN);
        try {
            return tokens.create(new ApiTokenData("test " + UUID.randomUUID(), Set.of(scopes), branchId)).secret();
        } finally {
            signIn.out();
        }
    }

    /** The Authorization header value ("Bearer " + secret) of a new token, as {@link #secret}. */
    public String bearer(Long branchId, ApiScope... scopes) {
        return "Bearer " + secret(branchId, scopes);
    }
}
