package org.imrf.registration.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Accreditation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accreditation columns of the participant's row, and the accreditation decisions. */
@Repository
class JdbcAccreditations implements AccreditationRepository {

  private static final String COLUMNS =
      "id, edition_id, accreditation, objections_until, cancelled_at, erased_at";

  private final JdbcClient jdbc;

  JdbcAccreditations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<AccreditationCase> findForChange(UUID participantId) {
    return jdbc.sql("select " + COLUMNS + " from participant where id = :id for update")
        .param("id", participantId)
        .query(JdbcAccreditations::accreditation)
        .optional();
  }

  @Override
  public List<AccreditationCase> objectionPeriodsEnded(Instant now, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from participant
                where accreditation = 'provisionally-approved' and objections_until <= :now
                  and cancelled_at is null and erased_at is null
                order by objections_until
                limit :limit
                for update skip locked
                """)
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(JdbcAccreditations::accreditation)
        .list();
  }

  @Override
  public void save(AccreditationCase accreditation, Instant now) {
    jdbc.sql(
            """
            update participant set accreditation = :accreditation,
              objections_until = :objectionsUntil, version = version + 1, updated_at = :now
            where id = :id
            """)
        .param("id", accreditation.participantId())
        .param("accreditation", accreditation.state().code())
        .param(
            "objectionsUntil",
            accreditation.objectionsUntil() == null
                ? null
                : Timestamp.from(accreditation.objectionsUntil()))
        .param("now", Timestamp.from(now))
        .update();
  }

  @Override
  public void addDecision(AccreditationDecision decision) {
    jdbc.sql(
            """
            insert into accreditation_decision
              (participant_id, decision, actor, raised_by, reason, decided_at)
            values (:participant, :decision, :actor, :raisedBy, :reason, :at)
            """)
        .param("participant", decision.participantId())
        .param("decision", decision.decision())
        .param("actor", decision.actor())
        .param("raisedBy", decision.raisedBy())
        .param("reason", decision.reason())
        .param("at", Timestamp.from(decision.decidedAt()))
        .update();
  }

  @Override
  public List<AccreditationDecision> decisions(UUID participantId) {
    return jdbc.sql(
            """
            select participant_id, decision, actor, raised_by, reason, decided_at
            from accreditation_decision where participant_id = :participant order by id
            """)
        .param("participant", participantId)
        .query(
            (rs, row) ->
                new AccreditationDecision(
                    rs.getObject("participant_id", UUID.class),
                    rs.getString("decision"),
                    rs.getString("actor"),
                    rs.getString("raised_by"),
                    rs.getString("reason"),
                    rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  @Override
  public void forgetDecisionReasons(UUID participantId) {
    jdbc.sql("update accreditation_decision set reason = null where participant_id = :participant")
        .param("participant", participantId)
        .update();
  }

  private static AccreditationCase accreditation(ResultSet rs, int row) throws SQLException {
    Timestamp until = rs.getTimestamp("objections_until");
    return new AccreditationCase(
        rs.getObject("id", UUID.class),
        rs.getString("edition_id"),
        Coded.ofCode(Accreditation.class, rs.getString("accreditation")).orElseThrow(),
        until == null ? null : until.toInstant(),
        rs.getTimestamp("cancelled_at") != null || rs.getTimestamp("erased_at") != null);
  }
}
