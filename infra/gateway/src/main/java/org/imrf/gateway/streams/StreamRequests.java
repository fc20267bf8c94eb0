package org.imrf.gateway.streams;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.imrf.gateway.routing.ForwardedHeadersSigner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which requests are event streams, and the request that opens each at its service: {@code GET
 * /api/<service>/<path>?<query>} → {@code <service URL>/<path>?<query>}, like the ordinary routes.
 */
final class StreamRequests {

  /** What a stream request keeps of the browser's headers; anything else stays at the gateway. */
  private static final List<String> RELAYED =
      List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, "Last-Event-ID");

  private final Map<String, String> services = new TreeMap<>();
  private final Duration answerTimeout;
  private final ForwardedHeadersSigner forwarding;

  StreamRequests(
      Map<String, String> services, Duration answerTimeout, ForwardedHeadersSigner forwarding) {
    services.forEach((name, url) -> this.services.put(name, url.replaceAll("/+$", "")));
    this.answerTimeout = answerTimeout;
    this.forwarding = forwarding;
  }

  /**
   * Whether the gateway relays this request as an event stream: a {@code GET} to a service that
   * asks for {@code text/event-stream}, or whose path ends in {@code /stream} (the platform's name
   * for its streams, so that a client that asks for anything still gets the stream relayed here).
   */
  boolean isStream(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return false;
    }
    String path = pathInService(request);
    return path != null && (path.endsWith("/stream") || asksForEventStream(request));
  }

  /** The request that opens the stream at its service, with the caller's token. */
  HttpRequest toService(HttpServletRequest request, Optional<String> callerToken) {
    String service = serviceName(request);
    String query = request.getQueryString();
    URI target =
        URI.create(
            services.get(service) + pathInService(request) + (query == null ? "" : "?" + query));
    HttpRequest.Builder builder = HttpRequest.newBuilder(target).GET().timeout(answerTimeout);
    forwarding
        .sign(headers(request, callerToken), request, service)
        .forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    return builder.build();
  }

  /**
   * Every header the service gets with a stream request, built here alone: the browser's {@code
   * Accept}, {@code Accept-Language} and {@code Last-Event-ID} (so that a reconnecting browser
   * resumes where it left off), and the caller's token — an API client's own bearer token, else the
   * signed-in caller's, as the ordinary routes relay it. Cookies stay at the gateway. The signed
   * forwarded headers, as on every route, are added to these.
   */
  static HttpHeaders headers(HttpServletRequest request, Optional<String> callerToken) {
    HttpHeaders headers = new HttpHeaders();
    for (String name : RELAYED) {
      List<String> values = Collections.list(request.getHeaders(name));
      if (!values.isEmpty()) {
        headers.put(name, values);
      }
    }
    String own = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (own != null) {
      headers.set(HttpHeaders.AUTHORIZATION, own);
    } else {
      callerToken.ifPresent(token -> headers.setBearerAuth(token));
    }
    return headers;
  }

  /** The path after {@code /api/<service>}, or null when no service of that name exists. */
  private String pathInService(HttpServletRequest request) {
    String service = serviceName(request);
    if (service == null) {
      return null;
    }
    String path = path(request);
    String rest = path.substring("/api/".length() + service.length());
    return rest.isEmpty() ? null : rest;
  }

  private String serviceName(HttpServletRequest request) {
    String path = path(request);
    if (!path.startsWith("/api/")) {
      return null;
    }
    int end = path.indexOf('/', "/api/".length());
    String name = end < 0 ? null : path.substring("/api/".length(), end);
    return name != null && services.containsKey(name) ? name : null;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean asksForEventStream(HttpServletRequest request) {
    for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
      try {
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
          if (MediaType.TEXT_EVENT_STREAM.equalsTypeAndSubtype(type)) {
            return true;
          }
        }
      } catch (InvalidMediaTypeException unreadable) {
        // not a request for an event stream, then
      }
    }
    return false;
  }
}
