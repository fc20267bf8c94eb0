package org.imrf.backbone.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of the events each consumer has applied, in the service's own database. */
class ProcessedEvents {

  private final JdbcClient jdbc;

  ProcessedEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that {@code consumer} applies the event, in the caller's transaction.
   *
   * @return false if it had been applied already
   */
  boolean markProcessed(String consumer, UUID eventId, String type) {
    return jdbc.sql(
                """
                insert into messaging.processed_event (consumer, event_id, event_type)
                values (:consumer, :id, :type)
                on conflict do nothing
                """)
            .param("consumer", consumer)
            .param("id", eventId)
            .param("type", type)
            .update()
        == 1;
  }

  int forgetBefore(Instant cutoff) {
    return jdbc.sql("delete from messaging.processed_event where processed_at < :cutoff")
        .param("cutoff", Timestamp.from(cutoff))
        .update();
  }
}
