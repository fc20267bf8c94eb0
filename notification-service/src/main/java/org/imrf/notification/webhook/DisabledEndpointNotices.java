package org.imrf.notification.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the organiser who registered an endpoint that it was disabled, by email, in English (the
 * secretariat's working language), so that they fix it and enable it again.
 */
@Component
class DisabledEndpointNotices {

  private static final Logger log = LoggerFactory.getLogger(DisabledEndpointNotices.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final WebhookSettings settings;

  DisabledEndpointNotices(ObjectProvider<JavaMailSender> mail, WebhookSettings settings) {
    this.mail = mail;
    this.settings = settings;
  }

  void disabled(WebhookEndpoint endpoint) {
    log.warn(
        "Webhook endpoint {} of {} ({}) disabled: {}",
        endpoint.id(),
        endpoint.organisation(),
        endpoint.url(),
        endpoint.disabledReason());
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || endpoint.contactEmail() == null) {
      log.warn(
          "Nobody told that webhook endpoint {} was disabled: {}",
          endpoint.id(),
          sender == null ? "no mail relay is configured" : "its registrant gave no address");
      return;
    }
    SimpleMailMessage notice = new SimpleMailMessage();
    notice.setFrom(settings.noticeFrom());
    notice.setTo(endpoint.contactEmail());
    notice.setSubject("Webhook endpoint disabled: " + endpoint.organisation());
    notice.setText(text(endpoint));
    try {
      sender.send(notice);
    } catch (MailException e) {
      // the endpoint shows why it is disabled to any organiser who looks
      log.error(
          "Could not tell {} that webhook endpoint {} was disabled",
          endpoint.contactEmail(),
          endpoint.id(),
          e);
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
