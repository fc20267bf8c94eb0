package org.imrf.edge.limits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest body this endpoint takes, when the default ({@code imrf.limits.max-body}) does not
 * fit what its legitimate requests need: a larger body is answered 413 before it is read.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequestBodyLimit {

  /** A size as {@code application.yml} writes them: {@code 512KB}, {@code 10MB}. */
  String value();
}
