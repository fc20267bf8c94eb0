package org.imrf.gateway.problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A failure the gateway answers as problem details, thrown from anywhere in a request. */
public class GatewayProblem extends RuntimeException {

  private final ProblemDetail problem;
  private final HttpHeaders headers;

  public GatewayProblem(ProblemDetail problem, HttpHeaders headers) {
    super(problem.getDetail());
    this.problem = problem;
    this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
  }

  public static GatewayProblem of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new GatewayProblem(problem, new HttpHeaders());
  }

  public ProblemDetail problem() {
    return problem;
  }

  public HttpHeaders headers() {
    return headers;
  }
}
