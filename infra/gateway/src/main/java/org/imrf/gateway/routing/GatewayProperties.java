package org.imrf.gateway.routing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are ({@code imrf.gateway.*}).
 *
 * @param identityUrl the OpenID Connect provider, as the gateway reaches it
 * @param services base URL of each service, by the name its routes use ({@code /api/<name>/**})
 */
@ConfigurationProperties("imrf.gateway")
public record GatewayProperties(String identityUrl, Map<String, String> services) {

  public GatewayProperties {
    services = services == null ? Map.of() : Map.copyOf(services);
  }
}
