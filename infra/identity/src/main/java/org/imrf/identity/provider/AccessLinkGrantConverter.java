package org.imrf.identity.provider;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads an access-link token request from the token endpoint's form parameters. */
final class AccessLinkGrantConverter implements AuthenticationConverter {

  @Override
  public Authentication convert(HttpServletRequest request) {
    if (!AccessLinkGrant.TYPE.getValue().equals(request.getParameter("grant_type"))) {
      return null;
    }
    String[] tokens = request.getParameterValues(AccessLinkGrant.PARAMETER);
    if (tokens == null || tokens.length != 1 || tokens[0].isBlank()) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_REQUEST,
              "The request needs exactly one " + AccessLinkGrant.PARAMETER + " parameter",
              null));
    }
    return new AccessLinkGrant(
        tokens[0], SecurityContextHolder.getContext().getAuthentication(), Map.of());
  }
}
