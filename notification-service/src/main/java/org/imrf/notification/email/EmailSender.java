package org.imrf.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.preference.AlwaysByEmail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends a notification as an email through the SMTP relay: its text, and the same as HTML in its
 * language and direction; a Message-ID made from the notification's id, so that a resend after a
 * crash is recognisably the same message; a one-click unsubscribe link (RFC 8058) for its kind.
 */
@Component
class EmailSender implements ChannelSender {

  private final JavaMailSender relay;
  private final SmtpConnections connections;
  private final UnsubscribeLinks unsubscribeLinks;
  private final EmailTexts texts;
  private final InternetAddress from;
  private final String messageIdDomain;

  EmailSender(
      JavaMailSender relay, UnsubscribeLinks unsubscribeLinks, EmailTexts texts, String from) {
    this(relay, unsubscribeLinks, texts, from, Duration.ofSeconds(30), 100);
  }

  @Autowired
  EmailSender(
      JavaMailSender relay,
      UnsubscribeLinks unsubscribeLinks,
      EmailTexts texts,
      @Value("${imrf.email.from}") String from,
      @Value("${imrf.email.connection-max-idle:30s}") Duration connectionMaxIdle,
      @Value("${imrf.email.messages-per-connection:100}") int messagesPerConnection) {
    this.relay = relay;
    this.connections =
        relay instanceof JavaMailSenderImpl smtp
            ? new SmtpConnections(smtp, connectionMaxIdle, messagesPerConnection)
            : null;
    this.unsubscribeLinks = unsubscribeLinks;
    this.texts = texts;
    try {
      this.from = new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalStateException(
          "imrf.email.from (IMRF_MAIL_FROM) is not an email address: " + from, e);
    }
    String address = this.from.getAddress();
    this.messageIdDomain = address.substring(address.indexOf('@') + 1);
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  /** One email per notification that has an address to go to; none otherwise. */
  @Override
  public List<String> targets(Notification notification) {
    String recipient = notification.recipient();
    return recipient == null || !recipient.contains("@") ? List.of() : List.of(ONLY_TARGET);
  }

  @Override
  public void send(Notification notification, String target) throws DeliveryFailure {
    MimeMessage message;
    try {
      message = compose(notification);
    } catch (AddressException e) {
      throw DeliveryFailure.permanentFailure(
          "Not an email address: " + notification.recipient(), e);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose notification " + notification.id(), e);
    }
    try {
      if (connections != null) {
        connections.send(message);
      } else {
        relay.send(message);
      }
    } catch (MailException | MessagingException e) {
      Optional<SMTPAddressFailedException> refused = refusedRecipient(e);
      if (refused.isPresent() && refused.get().getReturnCode() >= 500) {
        throw DeliveryFailure.permanentFailure(
            "The relay refused " + notification.recipient() + ": " + refused.get().getMessage(), e);
      }
      throw DeliveryFailure.transientFailure("The relay did not take it: " + e.getMessage(), e);
    }
  }

  MimeMessage compose(Notification notification) throws MessagingException {
    MimeMessage message = relay.createMimeMessage();
    message.setFrom(from);
    message.setRecipient(
        MimeMessage.RecipientType.TO, new InternetAddress(notification.recipient(), true));
    message.setSubject(notification.subject(), StandardCharsets.UTF_8.name());
    // when it was written, not when this attempt is made: every attempt sends the same message
    message.setSentDate(Date.from(notification.createdAt()));
    message.setHeader("Message-ID", messageId(notification));
    message.setHeader("Content-Language", notification.language());
    // RFC 3834: an automatic message, which out-of-office programs do not answer
    message.setHeader("Auto-Submitted", "auto-generated");
    String unsubscribe = null;
    // what always goes by email (the access link, account notices) offers no opt-out that works
    if (!AlwaysByEmail.covers(notification.kind())) {
      unsubscribe =
          unsubscribeLinks.link(
              notification.participantId(), notification.kind(), notification.language());
      message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(notification.body(), StandardCharsets.UTF_8.name(), "plain");
    text.setHeader("Content-Language", notification.language());
    MimeBodyPart html = new MimeBodyPart();
    html.setText(
        EmailHtml.render(
            notification.language(),
            notification.direction(),
            notification.subject(),
            notification.body(),
            unsubscribe,
            texts.text("footer.unsubscribe", notification.language())),
        StandardCharsets.UTF_8.name(),
        "html");
    html.setHeader("Content-Language", notification.language());
    // the plain text first: mail programs show the last alternative they can
    MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
    message.setContent(alternatives);
    return message;
  }

  String messageId(Notification notification) {
    return "<" + notification.id() + "@" + messageIdDomain + ">";
  }

  /** The relay's answer to the recipient, if it refused it. */
  private static Optional<SMTPAddressFailedException> refusedRecipient(Exception failure) {
    if (failure instanceof MailSendException send) {
      for (Exception cause : send.getFailedMessages().values()) {
        Optional<SMTPAddressFailedException> refused = refusedRecipientIn(cause);
        if (refused.isPresent()) {
          return refused;
        }
      }
      return Optional.empty();
    }
    return refusedRecipientIn(failure);
  }

  private static Optional<SMTPAddressFailedException> refusedRecipientIn(Throwable failure) {
    Throwable next = failure;
    while (next != null) {
      if (next instanceof SMTPAddressFailedException refused) {
        return Optional.of(refused);
      }
      next =
          next instanceof MessagingException messaging && messaging.getNextException() != null
              ? messaging.getNextException()
              : next.getCause();
    }
    return Optional.empty();
  }
}
