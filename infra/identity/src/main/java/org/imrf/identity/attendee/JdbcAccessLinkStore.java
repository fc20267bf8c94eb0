package org.imrf.identity.attendee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccessLinkStore implements AccessLinkStore {

  private final JdbcClient jdbc;

  JdbcAccessLinkStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(AccessLinkIssued issued) {
    jdbc.sql(
            """
            insert into access_link (token_hash, participant_id, edition_id, expires_at)
            values (:hash, :participant, :edition, :expiresAt)
            on conflict (token_hash) do nothing
            """)
        .param("hash", issued.tokenHash())
        .param("participant", issued.participantId())
        .param("edition", issued.editionId())
        .param("expiresAt", Timestamp.from(issued.expiresAt()))
        .update();
  }

  @Override
  public void revoke(String tokenHash, Instant at) {
    jdbc.sql("update access_link set revoked_at = :at where token_hash = :hash")
        .param("at", Timestamp.from(at))
        .param("hash", tokenHash)
        .update();
  }

  @Override
  public Optional<ActiveLink> active(String tokenHash, Instant now) {
    return jdbc.sql(
            """
            select participant_id, edition_id from access_link
            where token_hash = :hash and revoked_at is null and expires_at > :now
            """)
        .param("hash", tokenHash)
        .param("now", Timestamp.from(now))
        .query(
            (rs, row) ->
                new ActiveLink(
                    rs.getObject("participant_id", UUID.class), rs.getString("edition_id")))
        .optional();
  }

  @Override
  public boolean markFirstUsed(String tokenHash, Instant at) {
    // a concurrent exchange waits for this row's lock, then finds it set and updates nothing
    return jdbc.sql(
                """
                update access_link set first_used_at = :at
                where token_hash = :hash and first_used_at is null
                """)
            .param("at", Timestamp.from(at))
            .param("hash", tokenHash)
            .update()
        == 1;
  }

  @Override
  public List<KeptLink> linksOf(UUID participantId) {
    return jdbc.sql(
            """
            select edition_id, expires_at, revoked_at, first_used_at from access_link
            where participant_id = :participant
            order by expires_at desc
            """)
        .param("participant", participantId)
        .query(
            (rs, row) ->
                new KeptLink(
                    rs.getString("edition_id"),
                    instant(rs.getTimestamp("expires_at")),
                    instant(rs.getTimestamp("revoked_at")),
                    instant(rs.getTimestamp("first_used_at"))))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  @Override
  public int forget(UUID participantId) {
    return jdbc.sql("delete from access_link where participant_id = :participant")
        .param("participant", participantId)
        .update();
  }
}
