package org.imrf.edge.limits;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's side of the limits: tells the filter when a request's first byte arrived, and closes the
 * connection of a request whose body was not read in full (refused, or not wanted) instead of
 * letting Tomcat read the rest of it to keep the connection, which would hold a thread for as long
 * as a slow client takes to send it.
 */
class EdgeValve extends ValveBase {

  static final String STARTED_NANOS = EdgeValve.class.getName() + ".startedNanos";

  /** The {@link RequestRefused} with which the filter refused a request. */
  static final String REFUSED = EdgeValve.class.getName() + ".refused";

  EdgeValve() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    long started = request.getCoyoteRequest().getStartTimeNanos();
    if (started != -1) {
      request.setAttribute(STARTED_NANOS, started);
    }
    getNext().invoke(request, response);
    if (request.isAsync()) {
      return;
    }
    RequestRefused refused = (RequestRefused) request.getAttribute(REFUSED);
    if (refused != null && response.isError() && !response.isCommitted()) {
      // Tomcat answers a read timeout itself (sendError 408, then an error page); the filter's
      // problem details are the answer, and no error page follows them
      response.setSuspended(false);
      response.setErrorReported();
      refused.answer(request.getRequestURI(), response);
    }
    if (refused != null || !request.isFinished()) {
      if (!response.isCommitted()) {
        response.setHeader("Connection", "close");
      }
      boolean answeredAsError = response.isError();
      request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
      if (!answeredAsError) {
        // closing marks the exchange as an error; the answer given stands, with no error page
        response.setErrorReported();
      }
    }
  }
}
