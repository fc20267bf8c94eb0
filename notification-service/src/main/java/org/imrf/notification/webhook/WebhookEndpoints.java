package org.imrf.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The registered endpoints and their sealed secrets. */
interface WebhookEndpoints {

  void add(WebhookEndpoint endpoint, String organisationKey);

  Optional<WebhookEndpoint> find(UUID id);

  /** As {@link #find}, its row locked until the transaction ends. */
  Optional<WebhookEndpoint> findForUpdate(UUID id);

  /** One page of the endpoints, of one organisation (by key) or of all (null), oldest first. */
  List<WebhookEndpoint> page(String organisationKey, int offset, int limit);

  long count(String organisationKey);

  /** The enabled endpoints of an organisation (by key) that receive this kind. */
  List<UUID> receiving(String organisationKey, String kind);

  /** The enabled endpoints that receive this kind, by organisation key. */
  Map<String, List<UUID>> receivingByOrganisation(String kind);

  /** Stores what an organiser may change, and the enabled state with its failures. */
  void update(WebhookEndpoint endpoint);

  boolean remove(UUID id);

  /** Adds a new current secret; the one it replaces signs until {@code previousUntil}. */
  void rotateSecret(UUID endpoint, String sealed, Instant at, Instant previousUntil);

  /** The sealed secrets that sign at {@code at}: the current one first. */
  List<String> secretsValidAt(UUID endpoint, Instant at);

  /** Clears the failures after a send that succeeded; false if there were none. */
  boolean succeeded(UUID endpoint);

  /**
   * Counts a failed send (the first of a series starts it at {@code at}).
   *
   * @return the endpoint as it now stands; empty if it no longer exists
   */
  Optional<WebhookEndpoint> failed(UUID endpoint, String failure, Instant at);

  /**
   * Disables an enabled endpoint, its registrant still to be told; false if it was disabled already
   * (or is gone).
   */
  boolean disable(UUID endpoint, String reason, Instant at);

  /**
   * Endpoints whose registrant is still to be told that they were disabled, oldest first, locked
   * for this transaction: another instance's transaction skips them.
   */
  List<WebhookEndpoint> claimPendingNotices(int limit);

  /** The registrant was told (or there is nobody to tell). */
  void noticeDone(UUID endpoint);
}
