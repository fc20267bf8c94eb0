package org.imrf.identity.provider;

import java.util.List;
import org.imrf.backbone.security.Role;
import org.imrf.identity.attendee.AccessLinkRegistry;
import org.imrf.identity.attendee.ActiveLink;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Exchanges an access link for a short-lived access token: subject {@code participant:<id>}, role
 * {@code attendee}, claim {@code participant_id}. A link that is unknown, revoked or expired gets
 * {@code invalid_grant}, the same answer for all three. The first exchange of a link supersedes the
 * participant's older links (see {@link AccessLinkRegistry#use}).
 */
final class AccessLinkGrantProvider implements AuthenticationProvider {

  /** A participant's token names them {@code participant:<id>}. */
  static final String SUBJECT_PREFIX = "participant:";

  private final AccessLinkRegistry links;
  private final OAuth2TokenGenerator<? extends OAuth2Token> tokens;

  AccessLinkGrantProvider(
      AccessLinkRegistry links, OAuth2TokenGenerator<? extends OAuth2Token> tokens) {
    this.links = links;
    this.tokens = tokens;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    AccessLinkGrant grant = (AccessLinkGrant) authentication;
    if (!(grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client)
        || !client.isAuthenticated()) {
      throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
    }
    RegisteredClient registered = client.getRegisteredClient();
    if (registered == null
        || !registered.getAuthorizationGrantTypes().contains(AccessLinkGrant.TYPE)) {
      throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
    }
    ActiveLink link =
        links
            .use(grant.token())
            .orElseThrow(
                () ->
                    new OAuth2AuthenticationException(
                        new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_GRANT,
                            "This access link does not open anything: it is unknown, was replaced"
                                + " or revoked, or has expired. Ask for a fresh one.",
                            null)));
    Authentication participant =
        UsernamePasswordAuthenticationToken.authenticated(
            SUBJECT_PREFIX + link.participantId(),
            null,
            List.of(new SimpleGrantedAuthority(Role.ATTENDEE)));
    OAuth2Token token =
        tokens.generate(
            DefaultOAuth2TokenContext.builder()
                .registeredClient(registered)
                .principal(participant)
                .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                .authorizationGrantType(AccessLinkGrant.TYPE)
                .authorizationGrant(grant)
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .build());
    if (token == null) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR, "No token could be made", null));
    }
    OAuth2AccessToken accessToken =
        new OAuth2AccessToken(
            OAuth2AccessToken.TokenType.BEARER,
            token.getTokenValue(),
            token.getIssuedAt(),
            token.getExpiresAt());
    return new OAuth2AccessTokenAuthenticationToken(registered, client, accessToken);
  }

  /** The participant id in a subject made here. */
  static String participantOf(String subject) {
    return subject.substring(SUBJECT_PREFIX.length());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return AccessLinkGrant.class.isAssignableFrom(authentication);
  }
}
