package org.imrf.backbone.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.ratelimit.RateLimitExceeded;
import org.imrf.edge.limits.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers every error as {@code application/problem+json}: what was wrong, for each invalid field,
 * and never a stack trace. A request's own mistakes are 4xx; only the platform's are 500.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    List<FieldError> global =
        ex.getBindingResult().getGlobalErrors().stream()
            .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()))
            .toList();
    return invalid(headers, request, concat(errors, global), "The request has invalid fields");
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldError(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return invalid(headers, request, errors, "The request has invalid parameters");
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return invalid(
        headers,
        request,
        List.of(new FieldError(ex.getParameterName(), "is required")),
        "The request has invalid parameters");
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    String expected =
        ex.getRequiredType() == null ? "another type" : describe(ex.getRequiredType());
    return invalid(
        headers,
        request,
        List.of(new FieldError(name, "must be " + expected)),
        "The request has invalid parameters");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    RequestRefused refused = refusalIn(ex);
    if (refused != null) {
      return refused(refused, request);
    }
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)) {
      String field = path(jackson);
      String message;
      if (cause instanceof UnrecognizedPropertyException) {
        message = "is not a field of this request";
      } else if (cause instanceof InvalidFormatException invalid
          && invalid.getTargetType() != null) {
        message = "must be " + describe(invalid.getTargetType());
      } else if (cause instanceof MismatchedInputException mismatched
          && mismatched.getTargetType() != null) {
        message = "must be " + describe(mismatched.getTargetType());
      } else {
        message = "cannot be read";
      }
      return invalid(
          headers,
          request,
          List.of(new FieldError(field.isEmpty() ? "body" : field, message)),
          "The request body has invalid fields");
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            ex.getMessage() != null
                    && ex.getMessage().startsWith("Required request body is missing")
                ? "The request needs a JSON body"
                : "The request body is not valid JSON");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /**
   * A body refused at the edge while the application read it (one too large to read ahead, past its
   * limit or its time): the edge's answer, not a converter's complaint.
   */
  @ExceptionHandler(RequestRefused.class)
  ResponseEntity<Object> refused(RequestRefused ex, WebRequest request) {
    HttpStatus status = HttpStatus.valueOf(ex.status());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(ex.title());
    ex.properties().forEach(problem::setProperty);
    return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
  }

  private static RequestRefused refusalIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestRefused refused) {
        return refused;
      }
    }
    return null;
  }

  @ExceptionHandler(InvalidFields.class)
  ResponseEntity<Object> invalidFields(InvalidFields ex, WebRequest request) {
    return invalid(new HttpHeaders(), request, ex.errors(), "The request has invalid fields");
  }

  @ExceptionHandler(DomainProblem.class)
  ResponseEntity<Object> domainProblem(DomainProblem ex, WebRequest request) {
    HttpStatus status =
        ex instanceof DomainProblem.NotFound
            ? HttpStatus.NOT_FOUND
            : ex instanceof DomainProblem.PreconditionFailed
                ? HttpStatus.PRECONDITION_FAILED
                : HttpStatus.CONFLICT;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setTitle(ex.title());
    ex.properties().forEach(problem::setProperty);
    return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
  }

  @ExceptionHandler(RateLimitExceeded.class)
  ResponseEntity<Object> tooMany(RateLimitExceeded ex, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
    problem.setTitle("Too many requests");
    problem.setProperty("retryAfterSeconds", ex.retryAfter().toSeconds());
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()));
    return handleExceptionInternal(ex, problem, headers, HttpStatus.TOO_MANY_REQUESTS, request);
  }

  /** Anything not foreseen is the platform's fault: logged in full, answered without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
    log.error("Unexpected error answering {}", request.getDescription(false), ex);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. It has been logged; please try again later.");
    return handleExceptionInternal(
        ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  private ResponseEntity<Object> invalid(
      HttpHeaders headers, WebRequest request, List<FieldError> errors, String fallback) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid request");
    problem.setDetail(
        errors.isEmpty()
            ? fallback
            : errors.stream()
                .map(FieldError::field)
                .distinct()
                .collect(
                    Collectors.joining(
                        ", ", errors.size() == 1 ? "Invalid field: " : "Invalid fields: ", "")));
    problem.setProperty("errors", errors);
    return handleExceptionInternal(
        new IllegalArgumentException(fallback), problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String path(JacksonException exception) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : exception.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == String.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == java.util.UUID.class) {
      return "a UUID";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date or time";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
