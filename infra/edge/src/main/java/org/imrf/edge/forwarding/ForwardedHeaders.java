package org.imrf.edge.forwarding;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * The headers that carry forwarded details: the gateway writes them with {@link #replace}, a
 * service reads them with {@link #read}. Every other header that claims to describe the client or
 * the public address ({@code Forwarded}, any {@code X-Forwarded-*}, {@code X-Real-IP}) counts as
 * one of them, so that none of those reaches a service unless the gateway set and signed it.
 */
public final class ForwardedHeaders {

  public static final String FOR = "X-Forwarded-For";
  public static final String PROTO = "X-Forwarded-Proto";
  public static final String HOST = "X-Forwarded-Host";
  public static final String PORT = "X-Forwarded-Port";
  public static final String PREFIX = "X-Forwarded-Prefix";

  private ForwardedHeaders() {}

  /** Whether the header describes the client or the public address (or signs such headers). */
  public static boolean isForwarding(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("x-forwarded-")
        || lower.equals("forwarded")
        || lower.equals("x-real-ip")
        || lower.equals(GatewaySignature.HEADER.toLowerCase(Locale.ROOT));
  }

  /**
   * A copy of {@code outgoing} without any forwarding header it had (the client's own included),
   * with the gateway's values and their signature instead.
   */
  public static HttpHeaders replace(
      HttpHeaders outgoing, ForwardedRequest request, String signature) {
    HttpHeaders headers = withoutForwarding(outgoing);
    headers.set(FOR, request.clientAddress());
    headers.set(PROTO, request.proto());
    headers.set(HOST, request.host());
    headers.set(PORT, Integer.toString(request.port()));
    headers.set(PREFIX, request.prefix());
    headers.set(GatewaySignature.HEADER, signature);
    return headers;
  }

  /** A copy of {@code outgoing} without any forwarding header. */
  public static HttpHeaders withoutForwarding(HttpHeaders outgoing) {
    HttpHeaders headers = new HttpHeaders();
    outgoing.forEach(
        (name, values) -> {
          if (!isForwarding(name)) {
            headers.addAll(name, values);
          }
        });
    return headers;
  }

  /**
   * The forwarded values of a request, if it carries each of them exactly once and they are
   * well-formed; whether they are to be trusted is for {@link GatewaySignature} to say.
   */
  public static Optional<ForwardedRequest> read(HttpServletRequest request) {
    try {
      return Optional.of(
          new ForwardedRequest(
              only(request, FOR),
              only(request, PROTO),
              only(request, HOST),
              Integer.parseInt(only(request, PORT)),
              only(request, PREFIX)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The signature header's value, if the request carries exactly one. */
  public static Optional<String> signature(HttpServletRequest request) {
    try {
      return Optional.of(only(request, GatewaySignature.HEADER));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String only(HttpServletRequest request, String name) {
    List<String> values = new ArrayList<>();
    var all = request.getHeaders(name);
    if (all != null) {
      values.addAll(Collections.list(all));
    }
    if (values.size() != 1) {
      throw new IllegalArgumentException(name + " must be given once");
    }
    return values.get(0);
  }
}
