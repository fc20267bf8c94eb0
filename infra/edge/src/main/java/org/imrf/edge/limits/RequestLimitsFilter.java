package org.imrf.edge.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.imrf.edge.encoding.JsonText;
import org.imrf.edge.encoding.Utf8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request to the limits before the application sees it: requests in progress per client
 * (429), request target and header size (414, 431), and a body that arrives in time (408), within
 * its endpoint's size (413) and, where it is text, as well-formed UTF-8 whose JSON strings hold
 * whole characters (400). A refused request's connection is closed rather than drained.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestLimitsFilter.class);

  /**
   * Bodies up to this size are read and checked before the application runs; larger ones as read.
   */
  static final long READ_AHEAD_AT_MOST = 1024 * 1024;

  private final RequestLimitsProperties properties;
  private final BodyLimits bodyLimits;
  private final ClientRequests clients;
  private final ClientAddress clientAddress;

  RequestLimitsFilter(
      RequestLimitsProperties properties, BodyLimits bodyLimits, ClientAddress clientAddress) {
    this.properties = properties;
    this.bodyLimits = bodyLimits;
    this.clients = new ClientRequests(properties.requestsPerClient());
    this.clientAddress = clientAddress;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Deadline deadline = new Deadline(startOf(request), properties.requestTimeout());
    String client = clientAddress.of(request);
    if (!clients.tryStart(client)) {
      refuse(request, response, RequestRefused.busy(clients.perClient()));
      return;
    }
    try {
      checkTarget(request);
      checkHeaders(request);
      HttpServletRequest checked = withCheckedBody(request, deadline);
      chain.doFilter(checked, response);
    } catch (RequestRefused refused) {
      refuse(request, response, refused);
    } catch (IOException | ServletException | RuntimeException failed) {
      RequestRefused refused = refusalIn(failed);
      if (refused == null || response.isCommitted()) {
        throw failed;
      }
      // the application met the body's limit while reading it (a body read as it streams)
      refuse(request, response, refused);
    } finally {
      clients.finish(client);
    }
  }

  private void checkTarget(HttpServletRequest request) throws RequestRefused {
    String query = request.getQueryString();
    long length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    if (length > properties.maxUri().toBytes()) {
      throw RequestRefused.uriTooLong(properties.maxUri().toBytes());
    }
  }

  private void checkHeaders(HttpServletRequest request) throws RequestRefused {
    long size = 0;
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        // as on the wire: "name: value" and a line break
        size += name.length() + 2 + value.length() + 2;
      }
    }
    if (size > properties.maxHeaders().toBytes()) {
      throw RequestRefused.headersTooLarge(properties.maxHeaders().toBytes());
    }
  }

  private HttpServletRequest withCheckedBody(HttpServletRequest request, Deadline deadline)
      throws IOException {
    long declared = request.getContentLengthLong();
    boolean chunked = request.getHeader("Transfer-Encoding") != null;
    if (declared <= 0 && !chunked) {
      return request;
    }
    long limit = bodyLimits.limitFor(request);
    if (declared > limit) {
      throw RequestRefused.tooLarge(limit);
    }
    MediaType type = mediaType(request);
    if (type != null && type.getType().equals("multipart")) {
      // the container reads the parts itself, under its own multipart limits
      return request;
    }
    if (limit > READ_AHEAD_AT_MOST) {
      return new StreamedRequest(request, limit, deadline);
    }
    byte[] body =
        BoundedInput.readAll(
            request.getInputStream(), limit, deadline, (int) Math.max(declared, 0));
    Text text = Text.of(type);
    Charset charset = text == Text.NONE ? null : charsetOf(type);
    if (text == Text.JSON && charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      throw RequestRefused.notUtf8Json(charset.name());
    }
    boolean utf8 = charset == null || charset.equals(StandardCharsets.UTF_8);
    if (text != Text.NONE && utf8) {
      var malformed = Utf8.firstMalformation(body);
      if (malformed.isPresent()) {
        throw RequestRefused.malformedUtf8(malformed.get());
      }
    }
    if (text == Text.JSON) {
      var unpaired = JsonText.firstUnpairedSurrogate(body);
      if (unpaired.isPresent()) {
        throw RequestRefused.unpairedSurrogate(unpaired.get());
      }
    }
    Map<String, List<String>> form =
        text == Text.FORM
            ? FormBody.fields(body, charset == null ? StandardCharsets.UTF_8 : charset)
            : null;
    return new BufferedRequest(request, body, form);
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, RequestRefused refused)
      throws IOException {
    log.debug(
        "Refused {} {} from {}: {} {}",
        request.getMethod(),
        request.getRequestURI(),
        request.getRemoteAddr(),
        refused.status(),
        refused.getMessage());
    request.setAttribute(EdgeValve.REFUSED, refused);
    refused.answer(request.getRequestURI(), response);
  }

  private static RequestRefused refusalIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestRefused refused) {
        return refused;
      }
    }
    return null;
  }

  private static long startOf(HttpServletRequest request) {
    return request.getAttribute(EdgeValve.STARTED_NANOS) instanceof Long started
        ? started
        : System.nanoTime();
  }

  /** The charset a text body declares, if any. */
  private static Charset charsetOf(MediaType type) throws RequestRefused {
    try {
      return type.getCharset();
    } catch (IllegalArgumentException unknown) {
      throw RequestRefused.unknownCharset(type.toString());
    }
  }

  /**
   * The body's media type; null when there is none, or none that can be read (the application
   * answers 415), except a text type whose parameters cannot be read (an unknown charset), which
   * cannot be checked and is refused here.
   */
  private static MediaType mediaType(HttpServletRequest request) throws RequestRefused {
    String type = request.getContentType();
    if (type == null || type.isBlank()) {
      return null;
    }
    try {
      return MediaType.parseMediaType(type);
    } catch (InvalidMediaTypeException unreadable) {
      try {
        MediaType base = MediaType.parseMediaType(type.split(";", 2)[0]);
        if (Text.of(base) != Text.NONE) {
          throw RequestRefused.unknownCharset(type);
        }
      } catch (InvalidMediaTypeException notEvenTheType) {
        // nothing to check: the application refuses what it cannot read
      }
      return null;
    }
  }

  /** Which bodies are text, and so must be well-formed in their charset. */
  enum Text {
    JSON,
    FORM,
    OTHER_TEXT,
    NONE;

    static Text of(MediaType type) {
      if (type == null) {
        return NONE;
      }
      String subtype = type.getSubtype();
      if (type.getType().equals("application")) {
        if (subtype.equals("json") || subtype.endsWith("+json")) {
          return JSON;
        }
        if (subtype.equals("x-www-form-urlencoded")) {
          return FORM;
        }
        if (subtype.equals("xml") || subtype.endsWith("+xml") || subtype.equals("x-ndjson")) {
          return OTHER_TEXT;
        }
        return NONE;
      }
      return type.getType().equals("text") ? OTHER_TEXT : NONE;
    }
  }
}
