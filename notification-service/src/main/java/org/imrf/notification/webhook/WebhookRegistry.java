package org.imrf.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.backbone.random.Unpredictable;
import org.imrf.backbone.sealing.Sealer;
import org.imrf.backbone.web.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Organisers' use of webhooks: register an endpoint for an organisation (its secret shown once),
 * change, disable or enable it, rotate its secret, remove it; and the sender's record of how each
 * send went, which disables an endpoint that keeps failing.
 */
@Service
public class WebhookRegistry {

  /** A registered endpoint and its secret, which is never shown again. */
  public record Registered(WebhookEndpoint endpoint, String secret) {}

  /** A new secret, and until when the one it replaces still signs beside it. */
  public record RotatedSecret(String secret, Instant previousValidUntil) {}

  /** One page of endpoints and how many there are in all. */
  public record Page(List<WebhookEndpoint> items, long total) {}

  private final WebhookEndpoints endpoints;
  private final EndpointAddresses addresses;
  private final Sealer sealer;
  private final WebhookSettings settings;
  private final Clock clock;
  private final TransactionOperations transactions;

  WebhookRegistry(
      WebhookEndpoints endpoints,
      EndpointAddresses addresses,
      Sealer sealer,
      WebhookSettings settings,
      Clock clock,
      TransactionOperations transactions) {
    this.endpoints = endpoints;
    this.addresses = addresses;
    this.sealer = sealer;
    this.settings = settings;
    this.clock = clock;
    this.transactions = transactions;
  }

  /**
   * @throws InvalidFields if the URL may not be posted to
   */
  public Registered register(NewEndpoint request, Registrant by) {
    // resolved before the transaction: no connection is held while DNS answers
    checkUrl(request.url());
    return transactions.execute(status -> add(request, by));
  }

  private Registered add(NewEndpoint request, Registrant by) {
    Instant now = Instant.now(clock);
    String organisation = Organisations.clean(request.organisation());
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            Unpredictable.uuid(),
            organisation,
            request.url(),
            request.kinds(),
            blankToNull(request.description()),
            true,
            null,
            null,
            0,
            null,
            null,
            by.subject(),
            by.name(),
            by.email(),
            now,
            now,
            null);
    endpoints.add(endpoint, Organisations.key(organisation));
    String secret = WebhookSignatures.newSecret();
    endpoints.rotateSecret(endpoint.id(), sealer.seal(secret), now, now);
    return new Registered(endpoint, secret);
  }

  public Optional<WebhookEndpoint> find(UUID id) {
    return endpoints.find(id);
  }

  /** Endpoints of an organisation (any spelling registration would take as the same), or all. */
  public Page list(String organisation, int offset, int limit) {
    String key = organisation == null ? null : Organisations.key(organisation);
    return new Page(endpoints.page(key, offset, limit), endpoints.count(key));
  }

  /**
   * Changes an endpoint: enabling a disabled one clears its failures; disabling one keeps who did.
   *
   * @throws InvalidFields if a new URL may not be posted to
   */
  public WebhookEndpoint change(UUID id, EndpointChange change, String actor) {
    if (change.url() != null) {
      checkUrl(change.url());
    }
    return transactions.execute(status -> changed(id, change, actor));
  }

  private WebhookEndpoint changed(UUID id, EndpointChange change, String actor) {
    // locked: the sender counts failures on the same row meanwhile
    WebhookEndpoint current =
        endpoints.findForUpdate(id).orElseThrow(() -> new WebhookNotFound(id));
    Instant now = Instant.now(clock);
    boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
    boolean reenabled = enabled && !current.enabled();
    boolean disabled = !enabled && current.enabled();
    endpoints.update(
        new WebhookEndpoint(
            id,
            current.organisation(),
            change.url() == null ? current.url() : change.url(),
            change.kinds() == null ? current.kinds() : change.kinds(),
            change.description() == null
                ? current.description()
                : blankToNull(change.description()),
            enabled,
            enabled ? null : disabled ? "Disabled by " + actor : current.disabledReason(),
            enabled ? null : disabled ? now : current.disabledAt(),
            reenabled ? 0 : current.consecutiveFailures(),
            reenabled ? null : current.failingSince(),
            reenabled ? null : current.lastFailure(),
            current.registeredBy(),
            current.contactName(),
            current.contactEmail(),
            current.createdAt(),
            now,
            current.previousSecretValidUntil()));
    return endpoints.find(id).orElseThrow(() -> new WebhookNotFound(id));
  }

  @Transactional
  public void remove(UUID id) {
    if (!endpoints.remove(id)) {
      throw new WebhookNotFound(id);
    }
  }

  /** A new secret; the current one still signs beside it for the grace period. */
  @Transactional
  public RotatedSecret rotate(UUID id) {
    endpoints.find(id).orElseThrow(() -> new WebhookNotFound(id));
    Instant now = Instant.now(clock);
    Instant until = now.plus(settings.secretGracePeriod());
    String secret = WebhookSignatures.newSecret();
    endpoints.rotateSecret(id, sealer.seal(secret), now, until);
    return new RotatedSecret(secret, until);
  }

  /** The enabled endpoints of an organisation that receive this kind of notification. */
  List<UUID> receiving(String organisation, String kind) {
    return endpoints.receiving(Organisations.key(organisation), kind);
  }

  /** The enabled endpoints that receive this kind, by organisation key. */
  Map<String, List<UUID>> receivingByOrganisation(String kind) {
    return endpoints.receivingByOrganisation(kind);
  }

  /** The secrets that sign a message sent now, opened: the current one first. */
  List<String> signingSecrets(UUID id) {
    return endpoints.secretsValidAt(id, Instant.now(clock)).stream().map(sealer::open).toList();
  }

  void succeeded(UUID id) {
    endpoints.succeeded(id);
  }

  /**
   * Counts a failed send; disables the endpoint once it has failed {@code disableAfterFailures}
   * times in a row over at least {@code disableAfterFailingFor}.
   *
   * @return the endpoint if this failure disabled it
   */
  @Transactional
  public Optional<WebhookEndpoint> failed(UUID id, String failure) {
    Instant now = Instant.now(clock);
    Optional<WebhookEndpoint> counted = endpoints.failed(id, failure, now);
    if (counted.isEmpty() || !counted.get().enabled()) {
      return Optional.empty();
    }
    WebhookEndpoint endpoint = counted.get();
    boolean failedOften = endpoint.consecutiveFailures() >= settings.disableAfterFailures();
    boolean failedLong =
        !endpoint.failingSince().isAfter(now.minus(settings.disableAfterFailingFor()));
    if (!failedOften || !failedLong) {
      return Optional.empty();
    }
    return disable(
        id,
        endpoint.consecutiveFailures()
            + " sends in a row failed since "
            + endpoint.failingSince()
            + "; the last: "
            + failure,
        now);
  }

  /**
   * Disables an endpoint that said it is gone for good.
   *
   * @return the endpoint if this disabled it
   */
  @Transactional
  public Optional<WebhookEndpoint> gone(UUID id, String reason) {
    Instant now = Instant.now(clock);
    endpoints.failed(id, reason, now);
    return disable(id, reason, now);
  }

  private Optional<WebhookEndpoint> disable(UUID id, String reason, Instant now) {
    // only the first to disable it tells the organiser
    return endpoints.disable(id, reason, now) ? endpoints.find(id) : Optional.empty();
  }

  private void checkUrl(String url) {
    addresses
        .problemWith(url)
        .ifPresent(
            problem -> {
              throw new InvalidFields("url", problem);
            });
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
