package org.advocacy.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api/docs (UI at /api/docs/ui.html): every call needs a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI advocacyOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Advocacy Portal API").version("v1")
                        .description("Integration API of the Advocacy Portal. Authenticate with an API token created by "
                                + "an administrator (Administration → API tokens): 'Authorization: Bearer adv_…'. "
                                + "A token's scopes decide what it may read; a token bound to a branch sees that branch "
                                + "only. Errors are JSON: {\"error\": code, \"message\": text}."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque API token")
                        .description("An API token of the portal, e.g. adv_…")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
