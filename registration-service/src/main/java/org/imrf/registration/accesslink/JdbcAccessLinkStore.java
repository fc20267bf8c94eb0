package org.imrf.registration.accesslink;

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
  public void add(
      String tokenHash, UUID participant, Instant issuedAt, String issuedBy, Instant expiresAt) {
    jdbc.sql(
            """
            insert into access_link (token_hash, participant_id, issued_at, issued_by, expires_at)
            values (:hash, :participant, :issuedAt, :issuedBy, :expiresAt)
            """)
        .param("hash", tokenHash)
        .param("participant", participant)
        .param("issuedAt", Timestamp.from(issuedAt))
        .param("issuedBy", issuedBy)
        .param("expiresAt", Timestamp.from(expiresAt))
        .update();
  }

  @Override
  public List<String> active(UUID participant, Instant now) {
    return jdbc.sql(
            """
            select token_hash from access_link
            where participant_id = :participant and revoked_at is null and expires_at > :now
            for update
            """)
        .param("participant", participant)
        .param("now", Timestamp.from(now))
        .query(String.class)
        .list();
  }

  @Override
  public List<String> activeIssuedBefore(UUID participant, Instant issuedAt, Instant now) {
    return jdbc.sql(
            """
            select token_hash from access_link
            where participant_id = :participant and revoked_at is null and expires_at > :now
              and issued_at < :issuedAt
            for update
            """)
        .param("participant", participant)
        .param("now", Timestamp.from(now))
        .param("issuedAt", Timestamp.from(issuedAt))
        .query(String.class)
        .list();
  }

  @Override
  public Optional<Instant> issuedAt(String tokenHash, UUID participant) {
    return jdbc.sql(
            """
            select issued_at from access_link
            where token_hash = :hash and participant_id = :participant
            """)
        .param("hash", tokenHash)
        .param("participant", participant)
        .query((row, n) -> row.getTimestamp("issued_at").toInstant())
        .optional();
  }

  @Override
  public void revoke(String tokenHash, Instant at, String by) {
    jdbc.sql("update access_link set revoked_at = :at, revoked_by = :by where token_hash = :hash")
        .param("at", Timestamp.from(at))
        .param("by", by)
        .param("hash", tokenHash)
        .update();
  }

  @Override
  public List<IssuedLink> history(UUID participant) {
    return jdbc.sql(
            """
            select issued_at, issued_by, expires_at, revoked_at, revoked_by from access_link
            where participant_id = :participant order by issued_at
            """)
        .param("participant", participant)
        .query(
            (row, n) ->
                new IssuedLink(
                    row.getTimestamp("issued_at").toInstant(),
                    row.getString("issued_by"),
                    row.getTimestamp("expires_at").toInstant(),
                    row.getTimestamp("revoked_at") == null
                        ? null
                        : row.getTimestamp("revoked_at").toInstant(),
                    row.getString("revoked_by")))
        .list();
  }
}
