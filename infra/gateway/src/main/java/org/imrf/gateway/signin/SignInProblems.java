package org.imrf.gateway.signin;

import org.imrf.gateway.problems.GatewayProblem;
import org.imrf.gateway.problems.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** How signing in, or staying signed in, fails for the caller. */
final class SignInProblems {

  private SignInProblems() {}

  /** The provider is down or failing: the session stays, the caller may retry. */
  static GatewayProblem providerUnavailable() {
    return GatewayProblem.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Sign-in unavailable",
        "The sign-in service cannot be reached right now. Please try again in a moment.");
  }

  /** 410: the link is unknown, replaced, revoked or expired; which one is nobody's business. */
  static GatewayProblem linkDoesNotOpen() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Referrer-Policy", "no-referrer"); // the link is in this page's address
    return new GatewayProblem(
        ProblemResponses.problem(
            HttpStatus.GONE,
            "This link does not open anything",
            "This access link is unknown, was replaced by a newer one, was revoked, or has"
                + " expired. Ask for a fresh one to be sent to the address you registered with."),
        headers);
  }
}
