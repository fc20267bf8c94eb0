package org.imrf.registration.hearing.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.imrf.backbone.web.FieldError;
import org.imrf.registration.hearing.HearingSession;

/** Times and time limits as the hearing API reads and writes them. */
final class HearingTimes {

  static final String STARTS_AT_MESSAGE =
      "must be a date and time: local to the edition's time zone (2026-05-04T10:00:00) or with"
          + " an offset (2026-05-04T14:00:00Z)";
  static final String SPEAKING_TIME_MESSAGE =
      "must be an ISO-8601 duration in whole seconds from PT1M to PT15M, such as PT3M";

  private HearingTimes() {}

  /**
   * A time given with an offset, or local to the edition's zone; null (with an error added) if it
   * is neither.
   */
  static Instant instant(String value, ZoneId zone, String field, List<FieldError> errors) {
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeException notLocal) {
        errors.add(new FieldError(field, STARTS_AT_MESSAGE));
        return null;
      }
    }
  }

  /** A speaker's time limit; null (with an error added) if it is not one organisers may set. */
  static Duration speakingTime(String value, String field, List<FieldError> errors) {
    try {
      Duration time = Duration.parse(value.strip());
      if (HearingSession.allowedSpeakingTime(time)) {
        return time;
      }
    } catch (DateTimeParseException e) {
      // reported below, as any other unacceptable value
    }
    errors.add(new FieldError(field, SPEAKING_TIME_MESSAGE));
    return null;
  }

  static OffsetDateTime local(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
