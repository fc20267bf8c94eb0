package org.imrf.registration.participant;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.registration.edition.Edition;

/** Registration for the edition has not opened yet, or has closed: says when. */
class RegistrationNotOpen extends DomainProblem.Conflict {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH);

  public RegistrationNotOpen(Edition edition, Edition.RegistrationWindow window) {
    super(
        window == Edition.RegistrationWindow.CLOSED
            ? "Registration closed"
            : "Registration not yet open",
        window == Edition.RegistrationWindow.CLOSED
            ? "Registration for "
                + edition.title()
                + " closed on "
                + local(edition, edition.registrationClosesAt().orElseThrow())
            : "Registration for "
                + edition.title()
                + " opens on "
                + local(edition, edition.registrationOpensAt().orElseThrow()),
        window(edition));
  }

  private static String local(Edition edition, Instant at) {
    return LOCAL.format(at.atZone(edition.timeZone())) + " (" + edition.timeZone().getId() + ")";
  }

  private static Map<String, Object> window(Edition edition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("edition", edition.id());
    edition
        .registrationOpensAt()
        .ifPresent(at -> properties.put("registrationOpensAt", at.toString()));
    edition
        .registrationClosesAt()
        .ifPresent(at -> properties.put("registrationClosesAt", at.toString()));
    return properties;
  }
}
