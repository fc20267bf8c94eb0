package org.imrf.gateway.problems;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details: {@code application/problem+json} for API callers, the same as a small
 * page for a browser that asks for HTML rather than JSON.
 */
@Component
public class ProblemResponses {

  private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private final JsonMapper json = JsonMapper.builder().build();

  /** Problem details with a title and a detail for people and scripts alike. */
  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemDetail problem,
      HttpHeaders headers)
      throws IOException {
    if (response.isCommitted()) {
      return; // a response already on its way cannot become a problem
    }
    if (problem.getInstance() == null) {
      problem.setInstance(instance(request));
    }
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (prefersHtml(request)) {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write(page(problem));
    } else {
      response.setContentType(PROBLEM_JSON.toString());
      json.writeValue(response.getOutputStream(), body(problem));
    }
    response.flushBuffer();
  }

  public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    write(request, response, problem, new HttpHeaders());
  }

  /** The members in RFC 9457's order, extension members after them. */
  static Map<String, Object> body(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    // RFC 9457's default: the status says all there is to say about the kind
    body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      problem.getProperties().forEach(body::putIfAbsent);
    }
    return body;
  }

  /**
   * Whether the caller asked for a page (a browser navigating) rather than data: {@code text/html}
   * named in Accept, and ranked no lower than JSON. Scripts, curl and API clients get JSON.
   */
  public static boolean prefersHtml(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    double html = 0;
    double data = 0;
    for (MediaType type : types) {
      if (type.isWildcardType() || type.isWildcardSubtype()) {
        continue;
      }
      if (type.getType().equals("text") && type.getSubtype().equals("html")) {
        html = Math.max(html, type.getQualityValue());
      } else if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
        data = Math.max(data, type.getQualityValue());
      }
    }
    return html > 0 && html >= data;
  }

  private static URI instance(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = original instanceof String uri ? uri : request.getRequestURI();
    if (path == null || path.startsWith("/access/")) {
      return null; // an access link's address is its secret: not repeated in an answer
    }
    try {
      return URI.create(path);
    } catch (IllegalArgumentException e) {
      return null; // a path that is no URI is reported without it
    }
  }

  private static String page(ProblemDetail problem) {
    String title = problem.getTitle() == null ? "Error" : problem.getTitle();
    return "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + htmlEscape(title)
        + "</title></head><body><header><h1>International Migration Review Forum</h1></header>"
        + "<main><h2>"
        + htmlEscape(title)
        + " ("
        + problem.getStatus()
        + ")</h2><p id=\"detail\">"
        + htmlEscape(problem.getDetail() == null ? "" : problem.getDetail())
        + "</p><p><a href=\"/\">Back to the start page</a></p></main></body></html>";
  }
}
