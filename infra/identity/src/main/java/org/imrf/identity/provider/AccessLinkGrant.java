package org.imrf.identity.provider;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/**
 * The token request that exchanges a participant's personal access link for a token speaking for
 * that participant: {@code grant_type=urn:imrf:params:oauth:grant-type:access-link} and {@code
 * access_link=<the link's token>}, from an authenticated client allowed this grant (the gateway).
 */
final class AccessLinkGrant extends OAuth2AuthorizationGrantAuthenticationToken {

  static final AuthorizationGrantType TYPE =
      new AuthorizationGrantType("urn:imrf:params:oauth:grant-type:access-link");
  static final String PARAMETER = "access_link";

  private final String token;

  AccessLinkGrant(String token, Authentication client, Map<String, Object> additionalParameters) {
    super(TYPE, client, additionalParameters);
    this.token = token;
  }

  String token() {
    return token;
  }
}
