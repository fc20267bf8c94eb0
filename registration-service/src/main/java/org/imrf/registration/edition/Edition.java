package org.imrf.registration.edition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A forum edition.
 *
 * @param id stable identifier, e.g. {@code imrf-2026}
 * @param title its name for people
 * @param endsOn its last day, once the General Assembly has set it
 * @param timeZone where it is held
 */
public record Edition(String id, String title, Optional<LocalDate> endsOn, ZoneId timeZone) {}
