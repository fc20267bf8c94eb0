package org.imrf.identity.provider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers an authorization request for a client that may not use the authorization code flow with
 * 400, before the authorization server tries (and, for a client without redirect URIs, fails with a
 * 500) to redirect the error to that client.
 */
class AuthorizeRequestGuard extends OncePerRequestFilter {

  private final RegisteredClientRepository clients;
  private final ObjectMapper json;

  AuthorizeRequestGuard(RegisteredClientRepository clients, ObjectMapper json) {
    this.clients = clients;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"/oauth2/authorize".equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String clientId = request.getParameter("client_id");
    RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
    if (client != null
        && (!client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE)
            || client.getRedirectUris().isEmpty())) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST,
              "Client '" + clientId + "' may not use the authorization code flow");
      problem.setTitle("Invalid authorization request");
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(request, response);
  }
}
