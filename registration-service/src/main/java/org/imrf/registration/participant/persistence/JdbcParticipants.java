package org.imrf.registration.participant.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.imrf.registration.participant.AlreadyRegistered;
import org.imrf.registration.participant.Participant;
import org.imrf.registration.participant.Participants;
import org.imrf.registration.participant.UnLanguage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcParticipants implements Participants {

  private final JdbcClient jdbc;

  JdbcParticipants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(Participant participant) {
    try {
      jdbc.sql(
              """
              insert into participant
                (id, edition_id, name, email, preferred_language, registered_at)
              values (:id, :edition, :name, :email, :language, :registeredAt)
              """)
          .param("id", participant.id())
          .param("edition", participant.editionId())
          .param("name", participant.name())
          .param("email", participant.email())
          .param("language", participant.preferredLanguage().code())
          .param("registeredAt", Timestamp.from(participant.registeredAt()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new AlreadyRegistered(participant.editionId());
    }
  }

  @Override
  public Optional<Participant> find(UUID id) {
    return jdbc.sql(
            """
            select id, edition_id, name, email, preferred_language, registered_at
            from participant where id = :id
            """)
        .param("id", id)
        .query(JdbcParticipants::participant)
        .optional();
  }

  @Override
  public Optional<Participant> findByEmail(String editionId, String email) {
    return jdbc.sql(
            """
            select id, edition_id, name, email, preferred_language, registered_at
            from participant where edition_id = :edition and lower(email) = lower(:email)
            """)
        .param("edition", editionId)
        .param("email", email)
        .query(JdbcParticipants::participant)
        .optional();
  }

  private static Participant participant(ResultSet rs, int row) throws SQLException {
    return new Participant(
        rs.getObject("id", UUID.class),
        rs.getString("edition_id"),
        rs.getString("name"),
        rs.getString("email"),
        UnLanguage.ofCode(rs.getString("preferred_language")).orElseThrow(),
        rs.getTimestamp("registered_at").toInstant());
  }
}
