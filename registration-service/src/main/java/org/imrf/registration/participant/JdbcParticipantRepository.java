package org.imrf.registration.participant;

import static org.imrf.registration.participant.JdbcParticipantRows.COLUMNS;
import static org.imrf.registration.participant.JdbcParticipantRows.timestamp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcParticipantRepository implements ParticipantRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcParticipantRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void add(Participant participant) {
    try {
      written(
              participant,
              """
              insert into participant
                (id, edition_id, name, email, organisation, organisation_key, country, category,
                 preferred_language, attendance, waitlisted_at, accessibility, accessibility_other,
                 lived_experience, public_listing, time_zone, accreditation, objections_until,
                 registered_at, updated_at, version)
              values
                (:id, :edition, :name, :email, :organisation, :organisationKey, :country, :category,
                 :language, :attendance, :waitlistedAt, :accessibility, :accessibilityOther,
                 :livedExperience, :publicListing, :timeZone, :accreditation, :objectionsUntil,
                 :registeredAt, :registeredAt, 0)
              """)
          .param("edition", participant.editionId())
          .param("category", participant.category().code())
          .param("registeredAt", Timestamp.from(participant.registeredAt()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new AlreadyRegistered(participant.editionId(), participant.email());
    }
  }

  @Override
  public Optional<Participant> find(UUID id) {
    return byId(id, "");
  }

  @Override
  public Optional<Participant> findForChange(UUID id) {
    return byId(id, " for update");
  }

  private Optional<Participant> byId(UUID id, String lock) {
    return jdbc.sql("select " + COLUMNS + " from participant where id = :id" + lock)
        .param("id", id)
        .query(JdbcParticipantRows::participant)
        .optional();
  }

  @Override
  public Participant save(Participant participant) {
    int updated =
        written(
                participant,
                """
                update participant set
                  name = :name, email = :email, organisation = :organisation,
                  organisation_key = :organisationKey, country = :country,
                  preferred_language = :language, attendance = :attendance,
                  waitlisted_at = :waitlistedAt, accessibility = :accessibility,
                  accessibility_other = :accessibilityOther, lived_experience = :livedExperience,
                  public_listing = :publicListing, time_zone = :timeZone,
                  accreditation = :accreditation, objections_until = :objectionsUntil,
                  cancelled_at = :cancelledAt, erased_at = :erasedAt,
                  version = version + 1, updated_at = :now
                where id = :id and version = :version
                """)
            .param("version", participant.version())
            .param("cancelledAt", timestamp(participant.cancelledAt()))
            .param("erasedAt", timestamp(participant.erasedAt()))
            .param("now", Timestamp.from(Instant.now(clock)))
            .update();
    if (updated != 1) {
      // read with findForChange, the row is locked: only a caller's mistake gets here
      throw new IllegalStateException("Participant " + participant.id() + " changed meanwhile");
    }
    return find(participant.id()).orElseThrow();
  }

  @Override
  public Optional<Participant> findByEmail(String editionId, String email) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                from participant
                where edition_id = :edition and lower(email) = lower(:email)
                  and cancelled_at is null and erased_at is null
                """)
        .param("edition", editionId)
        .param("email", email)
        .query(JdbcParticipantRows::participant)
        .optional();
  }

  @Override
  public List<Participant> findAll(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Participant> found = new HashMap<>();
    jdbc.sql("select " + COLUMNS + " from participant where id in (:ids)")
        .param("ids", ids)
        .query(JdbcParticipantRows::participant)
        .list()
        .forEach(participant -> found.put(participant.id(), participant));
    return ids.stream().filter(found::containsKey).map(found::get).toList();
  }

  /** The statement with what both adding and saving write from the participant, by name. */
  private JdbcClient.StatementSpec written(Participant participant, String sql) {
    return jdbc.sql(sql)
        .param("id", participant.id())
        .param("name", participant.name())
        .param("email", participant.email())
        .param("organisation", participant.organisation())
        .param("organisationKey", Organisations.key(participant.organisation()))
        .param("country", participant.country())
        .param("language", participant.preferredLanguage().code())
        .param("attendance", participant.attendance().code())
        .param("waitlistedAt", timestamp(participant.waitlistedAt()))
        .param("accessibility", participant.accessibility().codes().toArray(String[]::new))
        .param("accessibilityOther", participant.accessibility().other())
        .param(
            "livedExperience", JdbcParticipantRows.livedExperience(participant.livedExperience()))
        .param("publicListing", participant.publicListing())
        .param("timeZone", participant.timeZone().getId())
        .param("accreditation", participant.accreditation().code())
        .param("objectionsUntil", timestamp(participant.objectionsUntil()));
  }
}
