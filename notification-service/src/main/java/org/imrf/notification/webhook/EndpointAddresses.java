package org.imrf.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a webhook URL may be posted to: https (http only when allowed), and a host that is and
 * resolves to public addresses only, unless private addresses are allowed. Asked when an endpoint
 * is registered or changed, and again before each send, since what a name resolves to can change.
 */
public class EndpointAddresses {

  /** Looks a host name up (the system's resolver, or a test's). */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** Why a host may not be posted to now; {@code unresolved} when the name did not resolve. */
  record Refusal(String reason, boolean unresolved) {}

  private static final int MAX_LENGTH = 2000;
  private static final String DOTTED_DECIMAL =
      "must give an IPv4 address in dotted decimal, such as 192.0.2.1";

  private final boolean allowPrivate;
  private final boolean allowHttp;
  private final Resolver resolver;

  EndpointAddresses(boolean allowPrivate, boolean allowHttp, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.allowHttp = allowHttp;
    this.resolver = resolver;
  }

  /**
   * What is wrong with a URL an organiser gives, for people; empty if it may be registered. A name
   * that does not resolve yet is accepted: it is checked again at each send.
   */
  public Optional<String> problemWith(String url) {
    if (url.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("must be an absolute https URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
    }
    if (uri.getHost() == null && uri.getRawAuthority() != null) {
      String authority = uri.getRawAuthority();
      String bare =
          authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
      if (AddressRules.numericIpv4(bare).isPresent()) {
        // java.net.URI takes 2130706433 for no host at all; resolvers take it for 127.0.0.1
        return Optional.of(DOTTED_DECIMAL);
      }
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment (#…)");
    }
    return refusal(uri.getHost()).filter(refusal -> !refusal.unresolved()).map(Refusal::reason);
  }

  /** Why the host may not be posted to now; empty if it may. */
  Optional<Refusal> refusal(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") || name.contains(":")) {
      byte[] address;
      try {
        address = AddressRules.ipv6(name);
      } catch (IllegalArgumentException e) {
        return Optional.of(new Refusal("must name a valid IPv6 address", false));
      }
      return checked(address, name);
    }
    Optional<byte[]> numeric = AddressRules.numericIpv4(name);
    if (numeric.isPresent()) {
      if (!AddressRules.isDottedDecimal(name)) {
        // 2130706433 or 0x7f.1 is 127.0.0.1 to some resolvers and a name to others
        return Optional.of(new Refusal(DOTTED_DECIMAL, false));
      }
      return checked(numeric.get(), name);
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(name);
    } catch (UnknownHostException e) {
      return Optional.of(new Refusal("its host " + name + " does not resolve", true));
    }
    for (InetAddress address : addresses) {
      Optional<String> why = AddressRules.whyNotPublic(address);
      if (why.isPresent()) {
        return Optional.of(
            new Refusal(
                "its host "
                    + name
                    + " resolves to "
                    + address.getHostAddress()
                    + ", a "
                    + why.get()
                    + " address: only public addresses are allowed",
                false));
      }
    }
    return Optional.empty();
  }

  private Optional<Refusal> checked(byte[] address, String host) {
    if (allowPrivate) {
      return Optional.empty();
    }
    return AddressRules.whyNotPublic(address)
        .map(
            why ->
                new Refusal(
                    host + " is a " + why + " address: only public addresses are allowed", false));
  }
}
