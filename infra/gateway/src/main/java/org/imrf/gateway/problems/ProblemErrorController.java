package org.imrf.gateway.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the server answers when something before the handlers fails ({@code sendError} from a
 * filter, the firewall, the container): problem details instead of Boot's own error format.
 */
@Controller
class ProblemErrorController implements ErrorController {

  private static final Map<HttpStatus, String> DETAILS =
      Map.of(
          HttpStatus.BAD_REQUEST,
          "The request is not well-formed: check its address, headers and body.",
          HttpStatus.UNAUTHORIZED,
          "This needs you to sign in.",
          HttpStatus.FORBIDDEN,
          "You may not do this.",
          HttpStatus.NOT_FOUND,
          "There is nothing at this address.",
          HttpStatus.METHOD_NOT_ALLOWED,
          "This address does not take that method.",
          HttpStatus.CONTENT_TOO_LARGE,
          "The request is larger than this address accepts.",
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "This address does not take a body of that type.");

  private final ProblemResponses responses;

  ProblemErrorController(ProblemResponses responses) {
    this.responses = responses;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof GatewayProblem thrown) {
      responses.write(request, response, GatewayErrors.copy(thrown.problem()), thrown.headers());
      return;
    }
    HttpStatus status = status(request);
    ProblemDetail problem =
        ProblemResponses.problem(
            status,
            status.getReasonPhrase(),
            DETAILS.getOrDefault(
                status,
                status.is5xxServerError()
                    ? "Something went wrong on our side. It has been logged; please try again"
                        + " later."
                    : "The request cannot be answered."));
    responses.write(request, response, problem, new HttpHeaders());
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    if (status == null || !status.isError()) {
      return HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return status;
  }
}
