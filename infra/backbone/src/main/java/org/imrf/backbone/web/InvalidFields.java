package org.imrf.backbone.web;

import java.util.List;

/**
 * A request whose fields are each well-formed but that does not hold together (an end before its
 * start, an unknown role): 400, each field named, like any other invalid field.
 */
public class InvalidFields extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidFields(List<FieldError> errors) {
    super(errors.stream().map(error -> error.field() + " " + error.message()).toList().toString());
    this.errors = List.copyOf(errors);
  }

  public InvalidFields(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
