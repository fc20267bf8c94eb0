package org.imrf.registration.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCheckIns implements CheckIns {

  private final JdbcClient jdbc;

  JdbcCheckIns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(CheckIn checkIn) {
    // the unique participant makes a concurrent second insert wait for the first, then do nothing
    return jdbc.sql(
                """
                insert into check_in
                  (participant_id, badge_id, edition_id, category, checked_in_at, checked_in_by)
                values (:participant, :badge, :edition, :category, :at, :by)
                on conflict (participant_id) do nothing
                """)
            .param("participant", checkIn.participantId())
            .param("badge", checkIn.badgeId())
            .param("edition", checkIn.editionId())
            .param("category", checkIn.category().code())
            .param("at", Timestamp.from(checkIn.checkedInAt()))
            .param("by", checkIn.checkedInBy())
            .update()
        == 1;
  }

  @Override
  public Optional<CheckIn> find(UUID participantId) {
    return jdbc.sql(
            """
            select participant_id, badge_id, edition_id, category, checked_in_at, checked_in_by
            from check_in where participant_id = :participant
            """)
        .param("participant", participantId)
        .query(JdbcCheckIns::checkIn)
        .optional();
  }

  @Override
  public Map<String, CheckInCounts.Tally> tallies(String editionId) {
    // one statement, so that a check-in committed meanwhile is counted in both columns or neither
    return jdbc
        .sql(
            """
            select category, sum(checked_in) as checked_in, sum(checked_in + awaited) as expected
            from (
              select category, 1 as checked_in, 0 as awaited
              from check_in where edition_id = :edition
              union all
              select p.category, 0, 1
              from participant p
              where p.edition_id = :edition and p.attendance = 'in-person'
                and p.cancelled_at is null and p.erased_at is null
                and p.accreditation in ('not-required', 'granted')
                and not exists (select 1 from check_in c where c.participant_id = p.id)
            ) arrivals
            group by category
            """)
        .param("edition", editionId)
        .query(
            (row, number) ->
                Map.entry(
                    row.getString("category"),
                    new CheckInCounts.Tally(row.getLong("checked_in"), row.getLong("expected"))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Override
  public void detach(UUID participantId) {
    jdbc.sql(
            """
            update check_in set participant_id = null, badge_id = null
            where participant_id = :participant
            """)
        .param("participant", participantId)
        .update();
  }

  private static CheckIn checkIn(ResultSet row, int number) throws SQLException {
    return new CheckIn(
        row.getObject("participant_id", UUID.class),
        row.getString("badge_id"),
        row.getString("edition_id"),
        Coded.ofCode(Category.class, row.getString("category")).orElseThrow(),
        row.getTimestamp("checked_in_at").toInstant(),
        row.getString("checked_in_by"));
  }
}
