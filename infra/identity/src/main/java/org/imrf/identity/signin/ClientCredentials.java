package org.imrf.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** The client id of a request that carries a client secret (HTTP Basic or form parameters). */
final class ClientCredentials {

  private ClientCredentials() {}

  /** The client id, if the request carries a secret at all. */
  static Optional<String> clientId(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        String id = colon < 0 ? decoded : decoded.substring(0, colon);
        return Optional.of(URLDecoder.decode(id, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return Optional.of("");
      }
    }
    if (request.getParameter("client_secret") != null) {
      return Optional.of(String.valueOf(request.getParameter("client_id")));
    }
    return Optional.empty();
  }
}
