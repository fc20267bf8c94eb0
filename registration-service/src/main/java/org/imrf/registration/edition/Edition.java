package org.imrf.registration.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.language.MultilingualText;

/**
 * A forum edition. Several are held side by side (2022, 2026, ...); dates stay empty until the
 * General Assembly sets them, and editions get rescheduled.
 *
 * @param id stable identifier, e.g. {@code imrf-2026}
 * @param titles its name for people, in each UN language it was given in (English always)
 * @param schedule its dates and programme
 * @param venue where it is held, once known
 * @param timeZone the time zone its programme is set in (America/New_York for New York)
 * @param registrationOpensAt from when participants may register; open from the start if empty
 * @param registrationClosesAt until when; open to the end if empty
 * @param demo whether it is demonstration data
 * @param version increases with every change: a client that changes it says which it saw
 */
public record Edition(
    String id,
    MultilingualText titles,
    Schedule schedule,
    Optional<String> venue,
    ZoneId timeZone,
    Optional<Instant> registrationOpensAt,
    Optional<Instant> registrationClosesAt,
    boolean demo,
    int version) {

  /** Its English title, which readers of an untranslated language get. */
  public String title() {
    return titles.english();
  }

  public Optional<LocalDate> startsOn() {
    return schedule.startsOn();
  }

  public Optional<LocalDate> endsOn() {
    return schedule.endsOn();
  }

  public List<Segment> programme() {
    return schedule.programme();
  }

  /** Whether participants may register at {@code now}. */
  public RegistrationWindow registration(Instant now) {
    if (registrationOpensAt.isPresent() && now.isBefore(registrationOpensAt.get())) {
      return RegistrationWindow.NOT_YET_OPEN;
    }
    if (registrationClosesAt.isPresent() && !now.isBefore(registrationClosesAt.get())) {
      return RegistrationWindow.CLOSED;
    }
    return RegistrationWindow.OPEN;
  }

  /** Where registration stands. */
  public enum RegistrationWindow implements Coded {
    NOT_YET_OPEN("not-yet-open"),
    OPEN("open"),
    CLOSED("closed");

    private final String code;

    RegistrationWindow(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }
}
