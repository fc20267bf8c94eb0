package org.imrf.backbone.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.imrf.backbone.domain.Coded;

/**
 * A list's order, {@code <field>} or {@code <field>,asc|desc}, where the fields are the codes of a
 * {@link Coded} enum: the validator, its message ("must be a field (a|b) optionally followed by
 * ,asc or ,desc") and the OpenAPI {@code pattern} all read the enum. A null is valid.
 */
@Documented
@Constraint(validatedBy = SortedByValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SortedBy {

  /** An enum implementing {@link Coded}: what the list can be sorted by. */
  Class<? extends Coded> value();

  /** The message when none is given: the fields, and the directions. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
