package org.imrf.gateway;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are, and how the gateway tells them who called ({@code imrf.gateway.*}); read
 * by routing, sign-in and streams alike, so it belongs to none of them.
 *
 * @param identityUrl the OpenID Connect provider, as the gateway reaches it
 * @param services base URL of each service, by the name its routes use ({@code /api/<name>/**})
 * @param publicUrl the gateway's address as clients reach it ({@code IMRF_PUBLIC_URL}): the links
 *     services build point there, never at the {@code Host} a client sent
 * @param trustedProxies the proxies in front of the gateway (addresses or CIDR ranges, {@code
 *     IMRF_TRUSTED_PROXIES}), whose {@code X-Forwarded-For} names the client; none by default
 */
@ConfigurationProperties("imrf.gateway")
public record GatewayProperties(
    String identityUrl, Map<String, String> services, URI publicUrl, List<String> trustedProxies) {

  public GatewayProperties {
    services = services == null ? Map.of() : Map.copyOf(services);
    publicUrl = publicUrl == null ? URI.create("http://127.0.0.1:8080") : publicUrl;
    if (!publicUrl.isAbsolute()
        || !List.of("http", "https").contains(publicUrl.getScheme())
        || publicUrl.getHost() == null
        || publicUrl.getRawQuery() != null
        || publicUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "imrf.gateway.public-url (IMRF_PUBLIC_URL) must be an http or https URL without query,"
              + " like https://forum.example.org, not "
              + publicUrl);
    }
    trustedProxies =
        trustedProxies == null
            ? List.of()
            : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
