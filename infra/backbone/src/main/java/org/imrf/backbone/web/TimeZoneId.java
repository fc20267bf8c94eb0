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
import java.time.ZoneId;

/** An IANA time zone, such as America/New_York (null is left to {@code @NotNull}). */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.TYPE_USE,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeZoneId {

  String message() default "must be an IANA time zone, such as America/New_York";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Region-based zones only: offsets like +02:00 say nothing about summer time. */
  class Validator implements ConstraintValidator<TimeZoneId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ZoneId.getAvailableZoneIds().contains(value);
    }
  }
}
