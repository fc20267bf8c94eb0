package org.imrf.identity.provider;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provider's settings ({@code imrf.identity.*}); the launcher passes the clients.
 *
 * @param issuer the URL tokens name as issuer, as browsers and services reach this provider
 * @param accessTokenTtl how long every access token is valid (staff, attendee, client credentials):
 *     services check tokens offline, so this is how long a token outlives the account's or link's
 *     revocation when held outside the gateway
 * @param refreshTokenTtl how long a staff member's refresh token is valid; each renewal issues a
 *     new one and invalidates the old
 * @param clients the registered clients
 */
@ConfigurationProperties("imrf.identity")
public record ProviderProperties(
    String issuer,
    @DefaultValue("5m") Duration accessTokenTtl,
    @DefaultValue("8h") Duration refreshTokenTtl,
    List<Client> clients) {

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
