package org.imrf.backbone.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens a service trusts ({@code imrf.security.*}).
 *
 * @param issuer the OpenID Connect issuer every token must name ({@code OIDC_ISSUER})
 * @param jwkSetUri where the issuer's signing keys are ({@code OIDC_JWK_SET_URI}; by default the
 *     issuer's {@code /oauth2/jwks})
 * @param jwtPublicKey a fixed RSA public key (Base64 X.509) instead of a key set: for tests
 * @param rolesClaim the claim holding roles, a dotted path ({@code OIDC_ROLES_CLAIM})
 */
@ConfigurationProperties("imrf.security")
public record SecurityProperties(
    String issuer,
    String jwkSetUri,
    String jwtPublicKey,
    @DefaultValue("roles") String rolesClaim) {}
