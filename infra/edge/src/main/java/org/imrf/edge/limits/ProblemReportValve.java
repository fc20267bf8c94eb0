package org.imrf.edge.limits;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;

/**
 * Tomcat's own answers (a request it cannot read, before any filter runs) as problem details, like
 * every other answer of the platform: a request line or headers larger than Tomcat holds become 414
 * or 431, the rest keep Tomcat's status.
 */
public class ProblemReportValve extends ErrorReportValve {

  /** What Tomcat says when a request's line and headers do not fit its buffer. */
  private static final String HEADER_TOO_LARGE =
      StringManager.getManager("org.apache.coyote.http11")
          .getString("iib.requestheadertoolarge.error");

  private final long largestHead;

  /**
   * @param largestHead the most bytes of request line and headers Tomcat reads
   */
  public ProblemReportValve(long largestHead) {
    this.largestHead = largestHead;
  }

  /** For Tomcat, which makes the valve it was told of if none is installed yet. */
  public ProblemReportValve() {
    this(-1);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    RequestRefused problem = problem(request, status, throwable);
    try {
      response.setStatus(problem.status());
      problem.answer(null, response);
    } catch (IOException | IllegalStateException gone) {
      // the client went away: nobody to tell
    }
  }

  private RequestRefused problem(Request request, int status, Throwable throwable) {
    if (throwable != null && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
      Map<String, Object> limit = largestHead > 0 ? Map.of("maxBytes", largestHead) : Map.of();
      boolean lineRead = !request.getCoyoteRequest().requestURI().isNull();
      return lineRead
          ? new RequestRefused(
              431,
              "Request headers too large",
              "The request's line and headers are larger than this server reads.",
              limit)
          : new RequestRefused(
              414, "URI too long", "The request's line is larger than this server reads.", limit);
    }
    return switch (status) {
      case 400 ->
          new RequestRefused(400, "Bad request", "This is not a valid HTTP request.", Map.of());
      case 404 ->
          new RequestRefused(404, "Not found", "There is nothing at this address.", Map.of());
      case 408 ->
          new RequestRefused(
              408, "Request timeout", "The request did not arrive in time.", Map.of());
      case 413 ->
          new RequestRefused(
              413, "Request too large", "The request is larger than allowed.", Map.of());
      case 501 ->
          new RequestRefused(
              501, "Not implemented", "This server does not implement that method.", Map.of());
      case 503 ->
          new RequestRefused(
              503, "Service unavailable", "The server is not taking requests now.", Map.of());
      default ->
          status >= 500
              ? new RequestRefused(
                  status, "Server error", "Something went wrong on our side.", Map.of())
              : new RequestRefused(status, "Request refused", "The request was refused.", Map.of());
    };
  }
}
