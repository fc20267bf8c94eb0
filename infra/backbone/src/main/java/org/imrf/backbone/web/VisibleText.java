package org.imrf.backbone.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A one-line text people read (a name, an organisation): at least one visible character, and no
 * control characters. Stricter than {@code @NotBlank}, which takes a no-break or zero-width space
 * for text. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

  String message() default "must not be blank";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text; says which of the two rules it breaks. */
  class Validator implements ConstraintValidator<VisibleText, String> {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern VISIBLE = Pattern.compile("[^\\p{Z}\\s\\p{C}]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (CONTROL.matcher(value).find()) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("must not contain control characters")
            .addConstraintViolation();
        return false;
      }
      return VISIBLE.matcher(value).find();
    }
  }
}
