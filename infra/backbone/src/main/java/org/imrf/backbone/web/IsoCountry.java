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
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, in upper case (null is left to {@code @NotNull}). */
@Documented
@Constraint(validatedBy = IsoCountry.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.TYPE_USE,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountry {

  String message() default "must be an ISO 3166-1 alpha-2 country code, such as MX or PH";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks against the codes the JDK knows. */
  class Validator implements ConstraintValidator<IsoCountry, String> {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || CODES.contains(value);
    }
  }
}
