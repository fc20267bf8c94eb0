package org.imrf.backbone.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.List;
import org.imrf.backbone.domain.Coded;

/**
 * Checks {@link OneOf} (public: Bean Validation makes it outside Spring too): the text is one of
 * the enum's codes; on a list, each element is, and a wrong one is named by its index ({@code
 * accessibility[1]}) as a constraint on the element would.
 */
public class OneOfValidator implements ConstraintValidator<OneOf, Object> {

  private List<String> codes;
  private String message;

  @Override
  public void initialize(OneOf oneOf) {
    codes = Coded.codes(oneOf.value());
    message = escaped(oneOf.message().isEmpty() ? defaultMessage(codes) : oneOf.message());
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value instanceof Collection<?> elements) {
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      int index = 0;
      for (Object element : elements) {
        // a missing element is @NotNull's to refuse
        if (element != null && !codes.contains(element.toString())) {
          context
              .buildConstraintViolationWithTemplate(message)
              .addBeanNode()
              .inIterable()
              .atIndex(index)
              .addConstraintViolation();
          valid = false;
        }
        index++;
      }
      return valid;
    }
    if (value == null || codes.contains(value.toString())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }

  static String defaultMessage(List<String> codes) {
    return "must be one of " + String.join(", ", codes);
  }

  /** The message is text, not a template: braces and dollars in it stay as they are. */
  static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
