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

  class Validator implements ConstraintValidator<NotificationKinds, List<String>> {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

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
      return kinds.stream()
          .allMatch(kind -> kind != null && kind.length() <= 64 && KIND.matcher(kind).matches());
    }
  }
}
