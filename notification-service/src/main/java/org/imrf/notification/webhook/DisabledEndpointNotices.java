package org.imrf.notification.webhook;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the organiser who registered an endpoint that it was disabled, by email, in English (the
 * secretariat's working language), so that they fix it and enable it again. The endpoint records
 * that a notice is due when it is disabled; a relay that is down then delays the notice, which is
 * tried again every {@code imrf.webhooks.notice-retry}, on whichever instance claims it first.
 */
@Component
class DisabledEndpointNotices {

  private static final Logger log = LoggerFactory.getLogger(DisabledEndpointNotices.class);

  /** Notices sent in one transaction at most. */
  private static final int AT_ONCE = 20;

  private final WebhookEndpoints endpoints;
  private final ObjectProvider<JavaMailSender> mail;
  private final WebhookSettings settings;
  private final TransactionTemplate transaction;

  DisabledEndpointNotices(
      WebhookEndpoints endpoints,
      ObjectProvider<JavaMailSender> mail,
      WebhookSettings settings,
      PlatformTransactionManager transactions) {
    this.endpoints = endpoints;
    this.mail = mail;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** An endpoint was just disabled: its notice goes now rather than at the next round. */
  void disabled(WebhookEndpoint endpoint) {
    log.warn(
        "Webhook endpoint {} of {} ({}) disabled: {}",
        endpoint.id(),
        endpoint.organisation(),
        endpoint.url(),
        endpoint.disabledReason());
    try {
      sendPending();
    } catch (RuntimeException e) {
      log.warn(
          "Notice of disabled webhook endpoint {} left for later: {}", endpoint.id(), e.toString());
    }
  }

  /**
   * Sends the notices still due, each marked done in the transaction that claimed it.
   *
   * @return how many were sent
   */
  @Scheduled(
      fixedDelayString = "${imrf.webhooks.notice-retry:1m}",
      initialDelayString = "${imrf.webhooks.notice-retry:1m}")
  int sendPending() {
    int sent = 0;
    while (true) {
      int[] claimedAndTold =
          transaction.execute(
              status -> {
                List<WebhookEndpoint> due = endpoints.claimPendingNotices(AT_ONCE);
                int told = 0;
                for (WebhookEndpoint endpoint : due) {
                  if (tell(endpoint)) {
                    endpoints.noticeDone(endpoint.id());
                    told++;
                  }
                }
                return new int[] {due.size(), told};
              });
      sent += claimedAndTold[1];
      // all done, or the relay takes none now: the next round tries again
      if (claimedAndTold[0] < AT_ONCE || claimedAndTold[1] == 0) {
        return sent;
      }
    }
  }

  /** Whether the notice is done with: sent, or nobody can be told. */
  private boolean tell(WebhookEndpoint endpoint) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || endpoint.contactEmail() == null) {
      log.warn(
          "Nobody told that webhook endpoint {} was disabled: {}",
          endpoint.id(),
          sender == null ? "no mail relay is configured" : "its registrant gave no address");
      return true;
    }
    SimpleMailMessage notice = new SimpleMailMessage();
    notice.setFrom(settings.noticeFrom());
    notice.setTo(endpoint.contactEmail());
    notice.setSubject("Webhook endpoint disabled: " + endpoint.organisation());
    notice.setText(text(endpoint));
    try {
      sender.send(notice);
      return true;
    } catch (MailException e) {
      // kept due: the next round tries again, and the endpoint shows why it is disabled meanwhile
      log.warn(
          "Could not tell {} yet that webhook endpoint {} was disabled: {}",
          endpoint.contactEmail(),
          endpoint.id(),
          e.toString());
      return false;
    }
  }

  static String text(WebhookEndpoint endpoint) {
    return String.format(
        """
        Dear %s,

        The webhook endpoint you registered for %s no longer receives notifications:

          URL: %s
          Endpoint id: %s
          Disabled at: %s
          Why: %s

        Notifications meanwhile are not sent to it, and are not sent later. Once the endpoint \
        answers again, enable it (PATCH /webhooks/%s with {"enabled": true}).

        International Migration Review Forum notifications
        """,
        endpoint.contactName() == null ? "organiser" : endpoint.contactName(),
        endpoint.organisation(),
        endpoint.url(),
        endpoint.id(),
        endpoint.disabledAt(),
        endpoint.disabledReason(),
        endpoint.id());
  }
}
