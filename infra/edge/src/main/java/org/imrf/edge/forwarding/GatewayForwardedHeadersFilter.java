package org.imrf.edge.forwarding;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the forwarded client address, scheme, host, port and prefix of a request when the gateway
 * signed them ({@link GatewaySignature}), and otherwise hides every forwarding header, so that no
 * one else (a client on the same machine included) can choose the address the rate limits count or
 * the host that links point at. Without a key, nothing is trusted.
 *
 * <p>The values are applied by Spring's {@link ForwardedHeaderFilter}, which sees only the verified
 * ones: {@code getRemoteAddr()}, {@code getScheme()}, {@code getServerName()}, {@code
 * getServerPort()}, the context path and request URL (hence {@code Location} and every link built
 * from the request) follow the gateway's public address.
 */
public class GatewayForwardedHeadersFilter extends OncePerRequestFilter {

  /** First of all filters: rate limits, security and the application see the client's address. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

  private static final Logger log = LoggerFactory.getLogger(GatewayForwardedHeadersFilter.class);
  private static final String TRUSTED = GatewayForwardedHeadersFilter.class.getName() + ".TRUSTED";

  private final GatewaySignature signature;
  private final ForwardedHeaderFilter applying = new ForwardedHeaderFilter();

  /**
   * @param signature the gateway's signature under the shared key, or null to trust nothing
   */
  public GatewayForwardedHeadersFilter(GatewaySignature signature) {
    this.signature = signature;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    applying.doFilter(new OnlyTrusted(request, trusted(request)), response, chain);
  }

  // an error dispatch of the same request gets the same view of it
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterNestedErrorDispatch(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    doFilterInternal(request, response, chain);
  }

  private Optional<ForwardedRequest> trusted(HttpServletRequest request) {
    Object decided = request.getAttribute(TRUSTED);
    if (decided instanceof Decision decision) {
      return decision.trusted();
    }
    Optional<ForwardedRequest> trusted = Optional.empty();
    if (signature != null) {
      Optional<String> signed = ForwardedHeaders.signature(request);
      trusted =
          signed.flatMap(
              value ->
                  ForwardedHeaders.read(request)
                      .filter(forwarded -> signature.verifies(forwarded, value)));
      if (signed.isPresent() && trusted.isEmpty()) {
        log.debug(
            "Forwarded headers of {} {} ignored: their signature does not hold",
            request.getMethod(),
            request.getRequestURI());
      }
    }
    request.setAttribute(TRUSTED, new Decision(trusted));
    return trusted;
  }

  private record Decision(Optional<ForwardedRequest> trusted) {}

  /** The request with the verified forwarded values as its only forwarding headers. */
  private static final class OnlyTrusted extends HttpServletRequestWrapper {

    private final Map<String, String> forwarded = new LinkedHashMap<>();

    OnlyTrusted(HttpServletRequest request, Optional<ForwardedRequest> trusted) {
      super(request);
      trusted.ifPresent(
          values -> {
            forwarded.put(ForwardedHeaders.FOR, values.clientAddress());
            forwarded.put(ForwardedHeaders.PROTO, values.proto());
            forwarded.put(ForwardedHeaders.HOST, values.host());
            forwarded.put(ForwardedHeaders.PORT, Integer.toString(values.port()));
            if (!values.prefix().isEmpty()) {
              forwarded.put(ForwardedHeaders.PREFIX, values.prefix());
            }
          });
    }

    @Override
    public String getHeader(String name) {
      return ForwardedHeaders.isForwarding(name) ? trustedValue(name) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (!ForwardedHeaders.isForwarding(name)) {
        return super.getHeaders(name);
      }
      String value = trustedValue(name);
      return value == null
          ? Collections.emptyEnumeration()
          : Collections.enumeration(List.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = new ArrayList<>();
      for (String name : Collections.list(super.getHeaderNames())) {
        if (!ForwardedHeaders.isForwarding(name)) {
          names.add(name);
        }
      }
      names.addAll(forwarded.keySet());
      return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
      if (!ForwardedHeaders.isForwarding(name)) {
        return super.getIntHeader(name);
      }
      String value = trustedValue(name);
      return value == null ? -1 : Integer.parseInt(value);
    }

    private String trustedValue(String name) {
      return forwarded.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }
  }
}
