package org.imrf.identity.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.imrf.identity.staff.StaffSignIns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Repository;

/** Ends staff members' sign-ins, and purges authorizations that can no longer give a token. */
@Repository
class JdbcAuthorizations implements StaffSignIns {

  private static final Logger log = LoggerFactory.getLogger(JdbcAuthorizations.class);

  /** Kept a little past their last expiry, for a token request racing the purge. */
  private static final Duration GRACE = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAuthorizations(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A staff member's sign-ins are the authorization-code grants in their username's name. */
  @Override
  public int endAll(String username) {
    return jdbc.sql(
            """
            delete from oauth2_authorization
            where principal_name = :username and authorization_grant_type = :grant
            """)
        .param("username", username)
        .param("grant", AuthorizationGrantType.AUTHORIZATION_CODE.getValue())
        .update();
  }

  /** Every client-credentials token leaves a row: without this, the table would only grow. */
  @Scheduled(initialDelay = 1, fixedDelay = 15, timeUnit = TimeUnit.MINUTES)
  void purgeExpired() {
    int purged = purgeExpiredBefore(Instant.now(clock).minus(GRACE));
    if (purged > 0) {
      log.debug("Purged {} expired authorizations", purged);
    }
  }

  /**
   * Deletes the authorizations none of whose codes or tokens is valid any more at {@code cutoff}.
   */
  int purgeExpiredBefore(Instant cutoff) {
    return jdbc.sql(
            """
            delete from oauth2_authorization
            where coalesce(authorization_code_expires_at, :cutoff) <= :cutoff
              and coalesce(access_token_expires_at, :cutoff) <= :cutoff
              and coalesce(oidc_id_token_expires_at, :cutoff) <= :cutoff
              and coalesce(refresh_token_expires_at, :cutoff) <= :cutoff
              and coalesce(user_code_expires_at, :cutoff) <= :cutoff
              and coalesce(device_code_expires_at, :cutoff) <= :cutoff
            """)
        .param("cutoff", Timestamp.from(cutoff))
        .update();
  }
}
