package org.imrf.gateway.streams;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.imrf.edge.streams.StreamSlots;
import org.imrf.edge.streams.TooManyStreams;
import org.imrf.gateway.signin.CallerTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes event-stream requests to the services before the ordinary routes, whose proxy holds a
 * request thread for as long as a response lasts: here the thread only checks the caller's cap,
 * opens the stream at the service and leaves. It runs inside the security filters, so that the
 * session's caller and token are known.
 */
final class EventStreamFilter extends OncePerRequestFilter {

  private final StreamRequests requests;
  private final StreamProperties properties;
  private final CallerTokens tokens;
  private final OpenEventStreams streams;

  EventStreamFilter(
      StreamRequests requests,
      StreamProperties properties,
      CallerTokens tokens,
      OpenEventStreams streams) {
    this.requests = requests;
    this.properties = properties;
    this.tokens = tokens;
    this.streams = streams;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !requests.isStream(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpRequest toService;
    try {
      toService =
          requests.toService(
              request,
              request.getHeader(HttpHeaders.AUTHORIZATION) != null
                  ? Optional.empty()
                  : tokens.current(request, request.getSession(false)));
    } catch (IllegalArgumentException unusableAddress) {
      answer(response, HttpStatus.BAD_REQUEST, "The request's path or query is not valid.");
      return;
    }
    StreamCallers.Caller caller = StreamCallers.of(request, properties);
    StreamSlots.Slot slot;
    try {
      slot = streams.take(caller.key(), caller.cap());
    } catch (TooManyStreams refused) {
      response.setHeader(
          HttpHeaders.RETRY_AFTER, Long.toString(TooManyStreams.RETRY_AFTER.toSeconds()));
      answer(response, HttpStatus.TOO_MANY_REQUESTS, refused.getMessage());
      return;
    }
    try {
      streams.relay(request, slot, toService);
    } catch (IOException | RuntimeException failed) {
      slot.close();
      throw failed;
    }
  }

  private static void answer(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    byte[] body = Problems.json(status, detail);
    response.setStatus(status.value());
    response.setContentType(Problems.PROBLEM_JSON.toString());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
