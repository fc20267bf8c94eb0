package org.imrf.registration.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBadges implements Badges {

  private static final String COLUMNS =
      "id, participant_id, edition_id, issued_at, issued_by, revoked_at, revoked_because";

  private final JdbcClient jdbc;

  JdbcBadges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Badge> inForce(UUID participantId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from badge where participant_id = :participant and revoked_at is null")
        .param("participant", participantId)
        .query(JdbcBadges::badge)
        .optional();
  }

  @Override
  public Optional<Badge> find(String badgeId) {
    return jdbc.sql("select " + COLUMNS + " from badge where id = :id")
        .param("id", badgeId)
        .query(JdbcBadges::badge)
        .optional();
  }

  @Override
  public void add(Badge badge) {
    jdbc.sql(
            """
            insert into badge (id, participant_id, edition_id, issued_at, issued_by)
            values (:id, :participant, :edition, :issuedAt, :issuedBy)
            """)
        .param("id", badge.id())
        .param("participant", badge.participantId())
        .param("edition", badge.editionId())
        .param("issuedAt", Timestamp.from(badge.issuedAt()))
        .param("issuedBy", badge.issuedBy())
        .update();
  }

  @Override
  public boolean revoke(UUID participantId, Badge.Revocation because, String by, Instant at) {
    return jdbc.sql(
                """
                update badge set revoked_at = :at, revoked_by = :by, revoked_because = :because
                where participant_id = :participant and revoked_at is null
                """)
            .param("at", Timestamp.from(at))
            .param("by", by)
            .param("because", because.code())
            .param("participant", participantId)
            .update()
        > 0;
  }

  @Override
  public List<Badge> all(UUID participantId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from badge where participant_id = :participant order by issued_at, id")
        .param("participant", participantId)
        .query(JdbcBadges::badge)
        .list();
  }

  private static Badge badge(ResultSet row, int number) throws SQLException {
    Timestamp revokedAt = row.getTimestamp("revoked_at");
    String because = row.getString("revoked_because");
    return new Badge(
        row.getString("id"),
        row.getObject("participant_id", UUID.class),
        row.getString("edition_id"),
        row.getTimestamp("issued_at").toInstant(),
        row.getString("issued_by"),
        revokedAt == null ? null : revokedAt.toInstant(),
        because == null ? null : Coded.ofCode(Badge.Revocation.class, because).orElseThrow());
  }
}
