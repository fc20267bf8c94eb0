package org.imrf.notification.webhook.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.imrf.notification.webhook.EndpointAddresses;

/**
 * A URL webhooks may be posted to (https, a public address), checked with the request's other
 * fields so that one answer names every invalid one. Null is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = WebhookUrl.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface WebhookUrl {

  String message() default "must be a public https URL";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Built by Spring's validator factory, which gives it the address rules. */
  class Validator implements ConstraintValidator<WebhookUrl, String> {

    private final EndpointAddresses addresses;

    Validator(EndpointAddresses addresses) {
      this.addresses = addresses;
    }

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
      if (url == null) {
        return true;
      }
      return addresses
          .problemWith(url)
          .map(
              problem -> {
                context.disableDefaultConstraintViolation();
                context
                    .buildConstraintViolationWithTemplate(escaped(problem))
                    .addConstraintViolation();
                return false;
              })
          .orElse(true);
    }

    /** The text as it is: a message template would read {…} and ${…} in it. */
    private static String escaped(String text) {
      return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
  }
}
