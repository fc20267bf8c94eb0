package org.imrf.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The client's address as the gateway establishes it: the TCP peer's; or, when that peer is one of
 * the gateway's own trusted proxies, the right-most address in the incoming {@code X-Forwarded-For}
 * that is not one of them (what a trusted proxy appended, not what the client wrote).
 */
final class ClientAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<IpAddressMatcher> trustedProxies;

  /**
   * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8})
   * @throws IllegalArgumentException if one is neither
   */
  ClientAddresses(List<String> trustedProxies) {
    List<IpAddressMatcher> matchers = new ArrayList<>();
    for (String proxy : trustedProxies) {
      int slash = proxy.indexOf('/');
      String address = literal(slash < 0 ? proxy : proxy.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(
            "imrf.gateway.trusted-proxies (IMRF_TRUSTED_PROXIES): '"
                + proxy
                + "' is not an IP address or CIDR range");
      }
      matchers.add(new IpAddressMatcher(proxy));
    }
    this.trustedProxies = List.copyOf(matchers);
  }

  String of(HttpServletRequest request) {
    String peer = literal(request.getRemoteAddr());
    if (peer == null || !trusted(peer)) {
      return request.getRemoteAddr();
    }
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = literal(hops.get(i));
      if (hop == null) {
        // a trusted proxy writes addresses: anything else came from the client
        break;
      }
      client = hop;
      if (!trusted(hop)) {
        break;
      }
    }
    return client;
  }

  private boolean trusted(String address) {
    return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
  }

  /**
   * The address written as an IP literal (IPv4, IPv6, bracketed IPv6, either with a port), in its
   * usual form; null for anything else, host names included, which are never looked up.
   */
  static String literal(String written) {
    if (written == null) {
      return null;
    }
    String address = written.strip();
    if (address.startsWith("[")) {
      int end = address.indexOf(']');
      if (end < 0) {
        return null;
      }
      address = address.substring(1, end);
    } else if (address.indexOf(':') == address.lastIndexOf(':') && address.indexOf(':') > 0) {
      address = address.substring(0, address.indexOf(':')); // IPv4 with a port
    }
    if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
      return null;
    }
    try {
      // a literal only (checked above): no name is looked up
      return InetAddress.getByName(address).getHostAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
