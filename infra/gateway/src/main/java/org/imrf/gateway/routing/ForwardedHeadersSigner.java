package org.imrf.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.imrf.edge.forwarding.ForwardedHeaders;
import org.imrf.edge.forwarding.ForwardedRequest;
import org.imrf.edge.forwarding.GatewaySignature;
import org.imrf.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * What the gateway tells a service about each request it forwards there: the client's address (as
 * {@link ClientAddresses} establishes it) and the public scheme, host, port and path prefix (from
 * {@code IMRF_PUBLIC_URL}, never from the client's {@code Host}), signed with {@code
 * IMRF_GATEWAY_KEY}. Whatever the client itself sent in {@code Forwarded} or {@code X-Forwarded-*}
 * never reaches a service. Every way the gateway proxies to a service applies it.
 */
public class ForwardedHeadersSigner {

  private static final Logger log = LoggerFactory.getLogger(ForwardedHeadersSigner.class);

  private final GatewaySignature signature;
  private final ClientAddresses clients;
  private final String scheme;
  private final String host;
  private final int port;
  private final String basePath;

  /**
   * @param signature under the key shared with the services; null sends no forwarded header at all
   */
  ForwardedHeadersSigner(GatewayProperties properties, GatewaySignature signature) {
    this.signature = signature;
    this.clients = new ClientAddresses(properties.trustedProxies());
    URI publicUrl = properties.publicUrl();
    this.scheme = publicUrl.getScheme();
    this.host = publicUrl.getHost();
    this.port = publicUrl.getPort() != -1 ? publicUrl.getPort() : "https".equals(scheme) ? 443 : 80;
    String path = publicUrl.getRawPath() == null ? "" : publicUrl.getRawPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (signature == null) {
      log.warn(
          "IMRF_GATEWAY_KEY is not set: the services are not told the client's address, so"
              + " every client shares the gateway's rate limits, and links point at the services");
    }
  }

  /**
   * The headers for a request to {@code service} ({@code /api/<service>} here): {@code outgoing}
   * without any forwarding header, plus the gateway's signed ones.
   *
   * @param incoming the client's request to the gateway
   */
  public HttpHeaders sign(HttpHeaders outgoing, HttpServletRequest incoming, String service) {
    if (signature == null) {
      return ForwardedHeaders.withoutForwarding(outgoing);
    }
    ForwardedRequest forwarded =
        new ForwardedRequest(clients.of(incoming), scheme, host, port, prefix(service));
    return ForwardedHeaders.replace(outgoing, forwarded, signature.sign(forwarded));
  }

  /** The public path of a service's routes: its own paths follow it. */
  String prefix(String service) {
    return basePath + "/api/" + service;
  }
}
