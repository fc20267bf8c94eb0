package org.imrf.registration.directory;

import java.util.Set;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Accreditation;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.RegistrationStatus;
import org.imrf.registration.participant.UnLanguage;

/**
 * Which participants of an edition an organiser asks for, in which order and which page. An empty
 * set filters nothing; several values of one filter are alternatives.
 *
 * @param editionId the edition
 * @param categories any of these categories
 * @param statuses any of these statuses
 * @param accreditations any of these accreditation states
 * @param countries any of these countries (ISO 3166-1 alpha-2)
 * @param languages any of these preferred languages
 * @param attendances any of these ways of attending
 * @param text found in the name, email or organisation (any case); null for any
 * @param sort the order
 * @param descending whether in descending order
 * @param page from 0
 * @param size participants per page
 */
public record ParticipantQuery(
    String editionId,
    Set<Category> categories,
    Set<RegistrationStatus> statuses,
    Set<Accreditation> accreditations,
    Set<String> countries,
    Set<UnLanguage> languages,
    Set<Attendance> attendances,
    String text,
    Sort sort,
    boolean descending,
    int page,
    int size) {

  /** What a list can be sorted by; ties are broken by registration time, then id. */
  public enum Sort implements Coded {
    NAME("name"),
    ORGANISATION("organisation"),
    COUNTRY("country"),
    CATEGORY("category"),
    STATUS("status"),
    REGISTERED_AT("registeredAt");

    private final String code;

    Sort(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  public ParticipantQuery {
    categories = Set.copyOf(categories);
    statuses = Set.copyOf(statuses);
    accreditations = Set.copyOf(accreditations);
    countries = Set.copyOf(countries);
    languages = Set.copyOf(languages);
    attendances = Set.copyOf(attendances);
  }
}
