package org.imrf.edge.forwarding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key the gateway signs forwarded headers with, and services check them with ({@code
 * imrf.gateway.*}).
 *
 * @param key HMAC-SHA256 key, Base64, at least 32 bytes ({@code IMRF_GATEWAY_KEY}); none: services
 *     trust no forwarded header and the gateway sends none
 * @param signatureValidity how long a signature holds ({@code 30s})
 */
@ConfigurationProperties("imrf.gateway")
public record GatewayKeyProperties(String key, Duration signatureValidity) {

  public GatewayKeyProperties {
    key = key == null ? "" : key.strip();
    signatureValidity =
        signatureValidity == null ? GatewaySignature.DEFAULT_VALIDITY : signatureValidity;
  }
}
