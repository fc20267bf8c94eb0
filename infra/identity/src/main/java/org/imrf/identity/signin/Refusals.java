package org.imrf.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.imrf.identity.signin.SignInThrottle.Throttled;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;

/** How a throttled attempt is answered. */
final class Refusals {

  /** Set on a request whose attempt was admitted, and so took a unit of its address's cap. */
  static final String ADMITTED = Refusals.class.getName() + ".admitted";

  private Refusals() {}

  static boolean admitted(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(ADMITTED));
  }

  /** A browser asks for HTML by name; scripts ask for JSON or anything. */
  static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  /** 429 problem details with {@code Retry-After}. */
  static void tooMany(
      HttpServletResponse response, ObjectMapper json, Throttled throttled, String detail)
      throws IOException {
    long seconds = throttled.retryAfterSeconds();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS, detail + " Try again in " + seconds + " s.");
    problem.setTitle("Too many failed sign-ins");
    problem.setProperty("retryAfterSeconds", seconds);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
