package org.imrf.backbone.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record on the wire: the CloudEvents type is {@code name + ".v" + version}, e.g.
 * {@code imrf.participant.registered.v1}. The name is a domain word, never a Java class name; a
 * change that breaks readers gets a new version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

  /** Domain name of the event, {@code imrf.<aggregate>.<past-tense verb>}. */
  String name();

  /** Version of the payload's shape, from 1. */
  int version();
}
