package org.imrf.edge.forwarding;

import java.util.Set;

/**
 * What the gateway tells a service about a request it forwards.
 *
 * @param clientAddress the client's IP address, as the gateway established it
 * @param proto the public scheme, {@code http} or {@code https}
 * @param host the public host name (an IPv6 literal in brackets)
 * @param port the public port
 * @param prefix the public path in front of the service's own paths, e.g. {@code /api/registration}
 */
public record ForwardedRequest(
    String clientAddress, String proto, String host, int port, String prefix) {

  private static final Set<String> PROTOS = Set.of("http", "https");

  /**
   * @throws IllegalArgumentException if a value could not have come from the gateway
   */
  public ForwardedRequest {
    requireToken("client address", clientAddress);
    requireToken("host", host);
    requireToken("prefix", prefix);
    if (clientAddress.isEmpty() || host.isEmpty()) {
      throw new IllegalArgumentException("client address and host are required");
    }
    if (!PROTOS.contains(proto)) {
      throw new IllegalArgumentException("proto must be http or https, not " + proto);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
      throw new IllegalArgumentException("a prefix starts with / and does not end with one");
    }
  }

  // one header value each, and one line each in what is signed
  private static void requireToken(String what, String value) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == ',' || c == ';' || c == '"') {
        throw new IllegalArgumentException(what + " has a character it cannot have");
      }
    }
  }
}
