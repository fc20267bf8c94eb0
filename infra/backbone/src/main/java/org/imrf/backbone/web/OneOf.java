package org.imrf.backbone.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.imrf.backbone.domain.Coded;

/**
 * A text field that must be one of the codes of a {@link Coded} enum: the validator, its message
 * ("must be one of a, b, c") and the OpenAPI {@code enum} all read the enum, so its codes are
 * written once. A null is valid (add {@code @NotBlank} where the field is required). On a
 * response's field, which nothing validates, it documents the codes the API sends.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OneOf {

  /** An enum implementing {@link Coded}. */
  Class<? extends Coded> value();

  /** The message when none is given: "must be one of" and the codes. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
