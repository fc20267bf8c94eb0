package org.imrf.backbone.web;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** Every service's OpenAPI document names the bearer tokens its protected endpoints need. */
final class OpenApiConventions {

  private OpenApiConventions() {}

  static OpenApiCustomizer bearerTokens() {
    return openApi ->
        openApi
            .getComponents()
            .addSecuritySchemes(
                "bearer",
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description(
                        "A token from the platform's OpenID Connect provider: staff sign in, a"
                            + " participant exchanges their personal access link."));
  }
}
