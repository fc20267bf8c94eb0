package org.imrf.gateway.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns whatever a request's handler throws (a controller, or a route to a service) into problem
 * details, before Spring MVC's own resolvers answer in their own formats: the gateway's own
 * problems, Spring's errors (404, 405, 415...), a service that is down (503), too slow (504) or
 * that answers something that is not HTTP (502), and anything unforeseen (500, logged).
 */
@Component
class GatewayErrors implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

  private final ProblemResponses responses;

  GatewayErrors(ProblemResponses responses) {
    this.responses = responses;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's, which only records the error
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (response.isCommitted()
        || ex instanceof AsyncRequestNotUsableException
        || causedBy(ex, ClientAbortException.class)) {
      return null; // the caller has gone, or already has their answer's start
    }
    Answer answer = answer(request, ex);
    try {
      responses.write(request, response, answer.problem(), answer.headers());
    } catch (IOException e) {
      log.debug("Could not answer {} with a problem: {}", request.getRequestURI(), e.toString());
    }
    return new ModelAndView();
  }

  private record Answer(ProblemDetail problem, HttpHeaders headers) {}

  private Answer answer(HttpServletRequest request, Exception ex) {
    if (ex instanceof GatewayProblem problem) {
      return new Answer(copy(problem.problem()), problem.headers());
    }
    if (ex instanceof ErrorResponse error) {
      ProblemDetail problem = copy(error.getBody());
      HttpStatus status = HttpStatus.resolve(problem.getStatus());
      if (status != null) {
        problem.setTitle(status.getReasonPhrase());
      }
      if (status == HttpStatus.NOT_FOUND) {
        problem.setDetail("There is nothing at this address.");
      }
      return new Answer(problem, error.getHeaders());
    }
    if (ex instanceof ResourceAccessException || ex instanceof UncheckedIOException) {
      return new Answer(unreachable(request, ex), new HttpHeaders());
    }
    log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), ex);
    return new Answer(
        ProblemResponses.problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            "Something went wrong on our side. It has been logged; please try again later."),
        new HttpHeaders());
  }

  /** A service that did not answer, or not in HTTP: which one, and whether to wait or retry. */
  private static ProblemDetail unreachable(HttpServletRequest request, Exception ex) {
    String service = service(request);
    String name = service == null ? "The service" : "The " + service + " service";
    Throwable cause = rootCause(ex);
    ProblemDetail problem;
    if (causedBy(
        ex,
        HttpConnectTimeoutException.class,
        ConnectException.class,
        NoRouteToHostException.class,
        UnknownHostException.class)) {
      problem =
          ProblemResponses.problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              "Service Unavailable",
              name + " cannot be reached right now. Please try again in a moment.");
    } else if (causedBy(ex, HttpTimeoutException.class, SocketTimeoutException.class)) {
      problem =
          ProblemResponses.problem(
              HttpStatus.GATEWAY_TIMEOUT,
              "Gateway Timeout",
              name
                  + " did not answer in time. The request may or may not have taken effect:"
                  + " check before you repeat it.");
    } else {
      problem =
          ProblemResponses.problem(
              HttpStatus.BAD_GATEWAY,
              "Bad Gateway",
              name + " gave no valid answer. Please try again in a moment.");
    }
    if (service != null) {
      problem.setProperty("service", service);
    }
    log.warn(
        "{} {} → {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        problem.getStatus(),
        cause.toString());
    return problem;
  }

  /** The route's id, which is the service's name ({@code /api/<service>/**}). */
  private static String service(HttpServletRequest request) {
    if (request.getAttribute(MvcUtils.GATEWAY_ATTRIBUTES_ATTR) instanceof Map<?, ?> attributes
        && attributes.get(MvcUtils.GATEWAY_ROUTE_ID_ATTR) instanceof String id) {
      return id;
    }
    return request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR) instanceof String id ? id : null;
  }

  @SafeVarargs
  private static boolean causedBy(Throwable ex, Class<? extends Throwable>... kinds) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      for (Class<? extends Throwable> kind : kinds) {
        if (kind.isInstance(cause)) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable ex) {
    Throwable cause = ex;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** A copy to change: Spring's exceptions keep theirs. */
  static ProblemDetail copy(ProblemDetail original) {
    ProblemDetail copy = ProblemDetail.forStatus(original.getStatus());
    copy.setType(original.getType());
    copy.setTitle(original.getTitle());
    copy.setDetail(original.getDetail());
    copy.setInstance(original.getInstance());
    if (original.getProperties() != null) {
      original.getProperties().forEach(copy::setProperty);
    }
    return copy;
  }
}
