package org.imrf.notification.rescheduling;

import java.time.LocalDate;
import java.util.Objects;

/** This service's own copy of registration-service's event, with only what it reads. */
public record EditionRescheduled(String editionId, String title, Schedule current) {

  public static final String TYPE = "imrf.edition.rescheduled.v1";

  public EditionRescheduled {
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(current, "current");
  }

  /** The new dates; either may still be unset. */
  public record Schedule(LocalDate startsOn, LocalDate endsOn) {}
}
