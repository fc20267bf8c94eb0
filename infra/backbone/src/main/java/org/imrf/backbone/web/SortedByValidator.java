package org.imrf.backbone.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.regex.Pattern;
import org.imrf.backbone.domain.Coded;

/**
 * Checks {@link SortedBy} (public: Bean Validation makes it outside Spring too): a field among the
 * enum's codes, then nothing, {@code ,asc} or {@code ,desc}.
 */
public class SortedByValidator implements ConstraintValidator<SortedBy, String> {

  private List<String> fields;
  private String message;

  @Override
  public void initialize(SortedBy sortedBy) {
    fields = Coded.codes(sortedBy.value());
    message =
        OneOfValidator.escaped(
            sortedBy.message().isEmpty() ? defaultMessage(sortedBy.value()) : sortedBy.message());
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || isOrder(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }

  private boolean isOrder(String value) {
    int comma = value.indexOf(',');
    if (comma < 0) {
      return fields.contains(value);
    }
    String direction = value.substring(comma + 1);
    return fields.contains(value.substring(0, comma))
        && (direction.equals("asc") || direction.equals("desc"));
  }

  static String defaultMessage(Class<? extends Coded> fields) {
    return "must be a field ("
        + String.join("|", Coded.codes(fields))
        + ") optionally followed by ,asc or ,desc";
  }

  /** What the value may be, as a regular expression: the OpenAPI document's {@code pattern}. */
  static String pattern(Class<? extends Coded> fields) {
    return "("
        + String.join(
            "|",
            Coded.codes(fields).stream()
                // a code that is not a plain word stands for itself, not for a pattern
                .map(code -> code.matches("[\\w-]+") ? code : Pattern.quote(code))
                .toList())
        + ")(,(asc|desc))?";
  }
}
