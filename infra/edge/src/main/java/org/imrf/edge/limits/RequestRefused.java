package org.imrf.edge.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request refused at the edge, and its RFC 9457 answer. An {@link IOException} so that it passes
 * through whatever reads the body (a JSON converter, the gateway's proxy) back to the filter.
 */
public class RequestRefused extends IOException {

  private final int status;
  private final String title;
  private final Map<String, Object> properties;

  RequestRefused(int status, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.title = title;
    this.properties = new LinkedHashMap<>(properties);
  }

  static RequestRefused tooLarge(long limit) {
    return new RequestRefused(
        413,
        "Request body too large",
        "This request's body may have at most " + bytes(limit) + ".",
        Map.of("maxBytes", limit));
  }

  static RequestRefused tooSlow(java.time.Duration allowed) {
    return new RequestRefused(
        408,
        "Request timeout",
        "The request did not arrive in full within " + allowed.toSeconds() + " seconds.",
        Map.of());
  }

  static RequestRefused uriTooLong(long limit) {
    return new RequestRefused(
        414,
        "URI too long",
        "The request's path and query may have at most " + bytes(limit) + ".",
        Map.of("maxBytes", limit));
  }

  static RequestRefused headersTooLarge(long limit) {
    return new RequestRefused(
        431,
        "Request headers too large",
        "The request's headers may have at most " + bytes(limit) + " in all.",
        Map.of("maxBytes", limit));
  }

  static RequestRefused busy(int inProgress) {
    return new RequestRefused(
        429,
        "Too many requests",
        "Your address already has "
            + inProgress
            + " requests in progress here; send more when they are answered.",
        Map.of("retryAfterSeconds", 1));
  }

  static RequestRefused malformedUtf8(org.imrf.edge.encoding.Utf8.Malformation malformation) {
    return new RequestRefused(
        400,
        "Invalid request",
        "The request body is not well-formed UTF-8: " + malformation.describe() + ".",
        Map.of("byteOffset", malformation.offset()));
  }

  static RequestRefused unpairedSurrogate(
      org.imrf.edge.encoding.JsonText.UnpairedSurrogate surrogate) {
    return new RequestRefused(
        400,
        "Invalid request",
        "Invalid field: " + surrogate.field(),
        Map.of("errors", List.of(fieldError(surrogate))));
  }

  private static Map<String, Object> fieldError(
      org.imrf.edge.encoding.JsonText.UnpairedSurrogate surrogate) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", surrogate.field());
    error.put(
        "message",
        "holds " + surrogate.surrogate() + " alone, half of a character (an unpaired surrogate)");
    return error;
  }

  static RequestRefused notUtf8Json(String charset) {
    return new RequestRefused(
        415,
        "Unsupported media type",
        "JSON requests are UTF-8 (RFC 8259), not " + charset + ".",
        Map.of());
  }

  static RequestRefused unknownCharset(String contentType) {
    return new RequestRefused(
        415,
        "Unsupported media type",
        "The request's Content-Type names a charset this server does not know: "
            + contentType
            + ".",
        Map.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /**
   * What the problem says besides its status, title and detail ({@code maxBytes}, {@code errors}…).
   */
  public Map<String, Object> properties() {
    return java.util.Collections.unmodifiableMap(properties);
  }

  /** Writes the answer, unless one is already on its way. */
  void answer(String instance, HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    // the rest of a refused request is not read: the connection cannot carry another one
    response.setHeader("Connection", "close");
    if (status == 429) {
      response.setHeader("Retry-After", "1");
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", getMessage());
    if (instance != null) {
      problem.put("instance", instance);
    }
    problem.putAll(properties);
    byte[] body = Json.write(problem).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  private static String bytes(long count) {
    return count % 1024 == 0 ? count / 1024 + " KB (" + count + " bytes)" : count + " bytes";
  }
}
