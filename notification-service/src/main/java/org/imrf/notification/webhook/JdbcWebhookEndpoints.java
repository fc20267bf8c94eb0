package org.imrf.notification.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.random.Unpredictable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook endpoints and their secrets in notification-service's database. */
@Repository
class JdbcWebhookEndpoints implements WebhookEndpoints {

  // until when the secret replaced by the last rotation still signs
  private static final String SELECT =
      """
      select e.*, (select max(s.valid_until) from webhook_secret s
                   where s.endpoint_id = e.id and s.valid_until > :now) as previous_until
      from webhook_endpoint e
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcWebhookEndpoints(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void add(WebhookEndpoint endpoint, String organisationKey) {
    jdbc.sql(
            """
            insert into webhook_endpoint
              (id, organisation, organisation_key, url, kinds, description, enabled,
               registered_by, contact_name, contact_email, created_at, changed_at)
            values
              (:id, :organisation, :key, :url, string_to_array(:kinds, ','), :description, true,
               :registeredBy, :contactName, :contactEmail, :createdAt, :createdAt)
            """)
        .param("id", endpoint.id())
        .param("organisation", endpoint.organisation())
        .param("key", organisationKey)
        .param("url", endpoint.url())
        .param("kinds", String.join(",", endpoint.kinds()))
        .param("description", endpoint.description())
        .param("registeredBy", endpoint.registeredBy())
        .param("contactName", endpoint.contactName())
        .param("contactEmail", endpoint.contactEmail())
        .param("createdAt", Timestamp.from(endpoint.createdAt()))
        .update();
  }

  @Override
  public Optional<WebhookEndpoint> find(UUID id) {
    return jdbc.sql(SELECT + " where e.id = :id")
        .param("id", id)
        .param("now", now())
        .query(JdbcWebhookEndpoints::endpoint)
        .optional();
  }

  @Override
  public Optional<WebhookEndpoint> findForUpdate(UUID id) {
    return jdbc.sql(SELECT + " where e.id = :id for update of e")
        .param("id", id)
        .param("now", now())
        .query(JdbcWebhookEndpoints::endpoint)
        .optional();
  }

  @Override
  public List<WebhookEndpoint> page(String organisationKey, int offset, int limit) {
    return jdbc.sql(
            SELECT
                + """
                where (cast(:key as text) is null or e.organisation_key = :key)
                order by e.created_at, e.id limit :limit offset :offset
                """)
        .param("key", organisationKey)
        .param("now", now())
        .param("limit", limit)
        .param("offset", offset)
        .query(JdbcWebhookEndpoints::endpoint)
        .list();
  }

  @Override
  public long count(String organisationKey) {
    return jdbc.sql(
            """
            select count(*) from webhook_endpoint
            where cast(:key as text) is null or organisation_key = :key
            """)
        .param("key", organisationKey)
        .query(Long.class)
        .single();
  }

  @Override
  public List<UUID> receiving(String organisationKey, String kind) {
    return jdbc.sql(
            """
            select id from webhook_endpoint
            where organisation_key = :key and enabled
              and (kinds @> array['*'] or kinds @> array[cast(:kind as text)])
            order by created_at, id
            """)
        .param("key", organisationKey)
        .param("kind", kind)
        .query(UUID.class)
        .list();
  }

  @Override
  public Map<String, List<UUID>> receivingByOrganisation(String kind) {
    Map<String, List<UUID>> receiving = new HashMap<>();
    jdbc.sql(
            """
            select id, organisation_key from webhook_endpoint
            where enabled and (kinds @> array['*'] or kinds @> array[cast(:kind as text)])
            order by created_at, id
            """)
        .param("kind", kind)
        .query(
            (rs, row) ->
                receiving
                    .computeIfAbsent(rs.getString("organisation_key"), key -> new ArrayList<>())
                    .add(rs.getObject("id", UUID.class)))
        .list();
    return receiving;
  }

  @Override
  public void update(WebhookEndpoint endpoint) {
    jdbc.sql(
            """
            update webhook_endpoint
            set url = :url, kinds = string_to_array(:kinds, ','), description = :description,
                enabled = :enabled, disabled_reason = :disabledReason, disabled_at = :disabledAt,
                consecutive_failures = :failures, failing_since = :failingSince,
                last_failure = :lastFailure, changed_at = :changedAt,
                notice_pending = notice_pending and not :enabled
            where id = :id
            """)
        .param("id", endpoint.id())
        .param("url", endpoint.url())
        .param("kinds", String.join(",", endpoint.kinds()))
        .param("description", endpoint.description())
        .param("enabled", endpoint.enabled())
        .param("disabledReason", endpoint.disabledReason())
        .param("disabledAt", timestamp(endpoint.disabledAt()))
        .param("failures", endpoint.consecutiveFailures())
        .param("failingSince", timestamp(endpoint.failingSince()))
        .param("lastFailure", endpoint.lastFailure())
        .param("changedAt", Timestamp.from(endpoint.changedAt()))
        .update();
  }

  @Override
  public boolean remove(UUID id) {
    return jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update() > 0;
  }

  @Override
  public void rotateSecret(UUID endpoint, String sealed, Instant at, Instant previousUntil) {
    // secrets past their grace period sign nothing more: gone
    jdbc.sql(
            """
            delete from webhook_secret
            where endpoint_id = :endpoint and valid_until is not null and valid_until <= :at
            """)
        .param("endpoint", endpoint)
        .param("at", Timestamp.from(at))
        .update();
    jdbc.sql(
            """
            update webhook_secret set valid_until = :until
            where endpoint_id = :endpoint and valid_until is null
            """)
        .param("endpoint", endpoint)
        .param("until", Timestamp.from(previousUntil))
        .update();
    jdbc.sql(
            """
            insert into webhook_secret (id, endpoint_id, sealed, created_at)
            values (:id, :endpoint, :sealed, :at)
            """)
        .param("id", Unpredictable.uuid())
        .param("endpoint", endpoint)
        .param("sealed", sealed)
        .param("at", Timestamp.from(at))
        .update();
  }

  @Override
  public List<String> secretsValidAt(UUID endpoint, Instant at) {
    return jdbc.sql(
            """
            select sealed from webhook_secret
            where endpoint_id = :endpoint and (valid_until is null or valid_until > :at)
            order by valid_until desc nulls first, created_at desc
            """)
        .param("endpoint", endpoint)
        .param("at", Timestamp.from(at))
        .query(String.class)
        .list();
  }

  @Override
  public boolean succeeded(UUID endpoint) {
    return jdbc.sql(
                """
                update webhook_endpoint
                set consecutive_failures = 0, failing_since = null
                where id = :id and consecutive_failures > 0
                """)
            .param("id", endpoint)
            .update()
        > 0;
  }

  @Override
  public Optional<WebhookEndpoint> failed(UUID endpoint, String failure, Instant at) {
    jdbc.sql(
            """
            update webhook_endpoint
            set consecutive_failures = consecutive_failures + 1,
                failing_since = coalesce(failing_since, :at), last_failure = :failure
            where id = :id
            """)
        .param("id", endpoint)
        .param("failure", failure)
        .param("at", Timestamp.from(at))
        .update();
    return find(endpoint);
  }

  @Override
  public boolean disable(UUID endpoint, String reason, Instant at) {
    return jdbc.sql(
                """
                update webhook_endpoint
                set enabled = false, disabled_reason = :reason, disabled_at = :at, changed_at = :at,
                    notice_pending = true
                where id = :id and enabled
                """)
            .param("id", endpoint)
            .param("reason", reason)
            .param("at", Timestamp.from(at))
            .update()
        > 0;
  }

  @Override
  public List<WebhookEndpoint> claimPendingNotices(int limit) {
    return jdbc.sql(
            SELECT
                + " where e.notice_pending order by e.disabled_at, e.id limit :limit"
                + " for update of e skip locked")
        .param("limit", limit)
        .param("now", now())
        .query(JdbcWebhookEndpoints::endpoint)
        .list();
  }

  @Override
  public void noticeDone(UUID endpoint) {
    jdbc.sql("update webhook_endpoint set notice_pending = false where id = :id")
        .param("id", endpoint)
        .update();
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
    Array kinds = rs.getArray("kinds");
    return new WebhookEndpoint(
        rs.getObject("id", UUID.class),
        rs.getString("organisation"),
        rs.getString("url"),
        Arrays.asList((String[]) kinds.getArray()),
        rs.getString("description"),
        rs.getBoolean("enabled"),
        rs.getString("disabled_reason"),
        instant(rs, "disabled_at"),
        rs.getInt("consecutive_failures"),
        instant(rs, "failing_since"),
        rs.getString("last_failure"),
        rs.getString("registered_by"),
        rs.getString("contact_name"),
        rs.getString("contact_email"),
        instant(rs, "created_at"),
        instant(rs, "changed_at"),
        instant(rs, "previous_until"));
  }
}
