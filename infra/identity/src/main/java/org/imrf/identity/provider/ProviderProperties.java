package org.imrf.identity.provider;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider's settings ({@code imrf.identity.*}); the launcher passes the clients.
 *
 * @param issuer the URL tokens name as issuer, as browsers and services reach this provider
 * @param accessTokenTtl how long an access token is valid
 * @param clients the registered clients
 */
@ConfigurationProperties("imrf.identity")
public record ProviderProperties(
    String issuer, @DefaultValue("15m") Duration accessTokenTtl, List<Client> clients) {

  public ProviderProperties {
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /**
   * One registered client.
   *
   * @param clientId its id
   * @param secretHash its secret, hashed ({bcrypt}...); absent for a public client
   * @param grantTypes e.g. authorization_code, refresh_token, client_credentials
   * @param redirectUris where the authorization code may be sent
   * @param postLogoutRedirectUris where a signed-out browser may be sent
   * @param roles what a client-credentials token of this client may do
   */
  public record Client(
      String clientId,
      String secretHash,
      List<String> grantTypes,
      List<String> redirectUris,
      List<String> postLogoutRedirectUris,
      List<String> roles) {

    public Client {
      grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
      redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
      postLogoutRedirectUris =
          postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
