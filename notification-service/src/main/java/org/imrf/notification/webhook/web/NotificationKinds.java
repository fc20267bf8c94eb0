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
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.imrf.notification.preference.KindsOfMessage;
import org.imrf.notification.webhook.WebhookEndpoint;

/**
 * The kinds of notification an endpoint receives: one to 50 kinds such as {@code
 * registration-confirmation}, each once, or {@code *} alone for every kind. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = NotificationKinds.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface NotificationKinds {

  String message() default
      "must list 1 to 50 notification kinds (such as registration-confirmation), each once, or"
          + " \"*\" alone for every kind";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Built by Spring's validator factory, which gives it the kinds there are. */
  class Validator implements ConstraintValidator<NotificationKinds, List<String>> {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final KindsOfMessage known;

    Validator(KindsOfMessage known) {
      this.known = known;
    }

    @Override
    public boolean isValid(List<String> kinds, ConstraintValidatorContext context) {
      if (kinds == null) {
        return true;
      }
      if (kinds.isEmpty() || kinds.size() > 50 || new HashSet<>(kinds).size() != kinds.size()) {
        return false;
      }
      if (kinds.contains(WebhookEndpoint.EVERY_KIND)) {
        return kinds.size() == 1;
      }
      if (!kinds.stream()
          .allMatch(kind -> kind != null && kind.length() <= 64 && KIND.matcher(kind).matches())) {
        return false;
      }
      List<String> unknown = kinds.stream().filter(kind -> !known.known(kind)).toList();
      if (unknown.isEmpty()) {
        return true;
      }
      // caught when the endpoint is set, not when a notification is sent: name what is wrong
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "has unknown kinds "
                  + String.join(", ", unknown)
                  + " (GET /preferences/kinds lists the kinds there are)")
          .addConstraintViolation();
      return false;
    }
  }
}
