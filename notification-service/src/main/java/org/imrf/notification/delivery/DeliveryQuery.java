package org.imrf.notification.delivery;

import java.util.UUID;
import org.imrf.backbone.domain.Coded;

/**
 * What organisers look for among deliveries; a null filter matches everything.
 *
 * @param editionId of participants registered for this edition
 * @param participantId of one participant
 * @param state a {@link DeliveryState} code
 * @param channel a {@link Channel} code
 * @param kind a notification kind
 * @param sort the field to sort by
 * @param descending whether the newest or largest comes first
 * @param page from 0
 * @param size rows per page
 */
public record DeliveryQuery(
    String editionId,
    UUID participantId,
    String state,
    String channel,
    String kind,
    Sort sort,
    boolean descending,
    int page,
    int size) {

  /** What deliveries can be sorted by. */
  public enum Sort implements Coded {
    CREATED_AT("createdAt", "created_at"),
    NEXT_ATTEMPT_AT("nextAttemptAt", "next_attempt_at"),
    SENT_AT("sentAt", "sent_at"),
    ATTEMPTS("attempts", "attempts"),
    STATE("state", "state"),
    CHANNEL("channel", "channel"),
    KIND("kind", "kind");

    private final String code;
    private final String column;

    Sort(String code, String column) {
      this.code = code;
      this.column = column;
    }

    @Override
    public String code() {
      return code;
    }

    /** The column it sorts by: chosen from this list, never from the request's text. */
    String column() {
      return column;
    }
  }
}
