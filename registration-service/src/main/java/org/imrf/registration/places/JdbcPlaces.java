package org.imrf.registration.places;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPlaces implements PlacesRepository {

  private final JdbcClient jdbc;

  JdbcPlaces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public OrganisationPlaces lockAndLoad(String editionId, String organisation, int cap) {
    String key = Organisations.key(organisation);
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", "in-person:" + editionId + ":" + key)
        .query(Object.class)
        .single();
    var seats =
        jdbc.sql(
                """
                select id, attendance, waitlisted_at from participant
                where edition_id = :edition and organisation_key = :key
                  and attendance in ('in-person', 'waiting-list')
                  and cancelled_at is null and erased_at is null and accreditation <> 'refused'
                order by waitlisted_at, id
                """)
            .param("edition", editionId)
            .param("key", key)
            .query(
                (rs, row) ->
                    new OrganisationPlaces.Seat(
                        rs.getObject("id", UUID.class),
                        Coded.ofCode(Attendance.class, rs.getString("attendance")).orElseThrow(),
                        rs.getTimestamp("waitlisted_at") == null
                            ? null
                            : rs.getTimestamp("waitlisted_at").toInstant()))
            .list();
    return new OrganisationPlaces(editionId, organisation, cap, seats);
  }

  @Override
  public void promote(UUID participantId, Instant at) {
    jdbc.sql(
            """
            update participant set attendance = 'in-person', waitlisted_at = null,
              version = version + 1, updated_at = :at
            where id = :id
            """)
        .param("id", participantId)
        .param("at", Timestamp.from(at))
        .update();
  }
}
