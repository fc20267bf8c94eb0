package org.imrf.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Each notification goes to the real mail server as a message people's mail programs read right:
 * its text and its HTML, in its language and direction, named by its own id, with a one-click
 * unsubscribe link; and a relay that refuses, or is not there, fails it as it should.
 */
@ServiceTest
class SendingEmailTest {

  @Autowired EmailSender sender;
  @Autowired UnsubscribeLinks links;
  @Autowired EmailTexts texts;

  @Value("${imrf.email.from}")
  String from;

  @Test
  void anArabicNotificationIsTextAndRightToLeftHtmlNamedByItsIdWithAOneClickUnsubscribe()
      throws Exception {
    // given a notification in Arabic that carries a link
    Notification notification =
        notification(
            "ar",
            "edition-rescheduled",
            "تأكيد التسجيل",
            "عزيزتي ليلى حداد،\n\nتم استلام تسجيلك. رابطك: https://forum.example/access/abc123.\n\n"
                + "<b>لا وسوم</b>");

    // when it is sent
    sender.send(notification, ChannelSender.ONLY_TARGET);

    // then the mail server holds one message named by the notification's id
    MimeMessage message = received(notification);
    assertThat(message.getMessageID()).isEqualTo("<" + notification.id() + "@imrf.example>");
    assertThat(message.getSubject()).isEqualTo("تأكيد التسجيل");
    assertThat(message.getFrom()[0].toString()).isEqualTo(from);
    // and it is the text and the HTML of it, as alternatives
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo(notification.body());
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
    // the link is a link; what looked like markup in the text is shown, not obeyed
    assertThat(html)
        .contains("<a href=\"https://forum.example/access/abc123\"")
        .contains("&lt;b&gt;")
        .doesNotContain("<b>");
    // and it can be left with one click, in the reader's language
    String unsubscribe = message.getHeader("List-Unsubscribe", null);
    assertThat(unsubscribe).matches("<http://127\\.0\\.0\\.1:8080/unsubscribe/[A-Za-z0-9_-]+>");
    assertThat(message.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    String token =
        unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1, unsubscribe.length() - 1);
    assertThat(links.open(token))
        .contains(new Unsubscription(notification.participantId(), "edition-rescheduled", "ar"));
    assertThat(html).contains(texts.text("footer.unsubscribe", "ar"));
  }

  @Test
  void anEnglishNotificationIsLeftToRight() throws Exception {
    // given a notification in English
    Notification notification =
        notification("en", "registration-cancelled", "Registration cancelled", "Dear Ama,\nDone.");

    // when it is sent
    sender.send(notification, ChannelSender.ONLY_TARGET);

    // then its HTML is English, left to right, its lines kept
    Multipart parts = (Multipart) received(notification).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">").contains("Dear Ama,<br>");
  }

  @Test
  void aResentNotificationIsTheSameMessageAndALinkAskedForHasNoUnsubscribe() throws Exception {
    // given a fresh access link the participant asked for, sent once already (a crash followed)
    Notification notification =
        notification("fr", "access-link", "Votre lien", "Voici : https://forum.example/access/x");
    sender.send(notification, ChannelSender.ONLY_TARGET);

    // when it is sent again
    sender.send(notification, ChannelSender.ONLY_TARGET);

    // then both copies carry the same Message-ID, so mail programs can tell them one
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> messagesTo(notification.recipient()).size() == 2);
    assertThat(messagesTo(notification.recipient()))
        .extracting(MimeMessage::getMessageID)
        .containsOnly("<" + notification.id() + "@imrf.example>");
    // and turning it off would lock them out: it has no unsubscribe link
    assertThat(messagesTo(notification.recipient()).get(0).getHeader("List-Unsubscribe")).isNull();
  }

  @Test
  void aNotificationWithoutAnAddressHasNoEmailToSend() {
    // given a notification whose recipient has no email address
    Notification notification = notification("en", "registration-cancelled", "S", "B");
    Notification withoutAddress =
        new Notification(
            notification.id(),
            notification.participantId(),
            notification.sourceEventId(),
            notification.kind(),
            "email",
            "",
            "en",
            "S",
            "B",
            notification.createdAt());

    // then it has no email target, and one with an address has exactly one
    assertThat(sender.targets(withoutAddress)).isEmpty();
    assertThat(sender.targets(notification)).containsExactly(ChannelSender.ONLY_TARGET);
  }

  @Test
  void aRecipientTheRelayRefusesForGoodBouncesAndIsNeverRetried() {
    // given a relay that answers the recipient with 550
    try (StubRelay relay = StubRelay.answeringRecipients("550 5.1.1 No such user here")) {
      EmailSender throughIt = senderThrough(relay.port());

      // when a notification is sent through it, then the failure is permanent
      assertThatThrownBy(
              () ->
                  throughIt.send(
                      notification("en", "registration-cancelled", "S", "B"),
                      ChannelSender.ONLY_TARGET))
          .isInstanceOfSatisfying(
              DeliveryFailure.class, failure -> assertThat(failure.permanent()).isTrue())
          .hasMessageContaining("550");
    }
  }

  @Test
  void emailsSentOneAfterAnotherShareOneConnection() throws Exception {
    // given a relay that takes every message
    try (StubRelay relay = StubRelay.accepting()) {
      EmailSender throughIt = senderThrough(relay.port());

      // when one thread sends five emails
      for (int i = 0; i < 5; i++) {
        throughIt.send(
            notification("fr", "registration-cancelled", "S" + i, "B"), ChannelSender.ONLY_TARGET);
      }

      // then the relay took five messages over one connection
      assertThat(relay.messages()).isEqualTo(5);
      assertThat(relay.connections()).isEqualTo(1);
    }
  }

  @Test
  void aRecipientTheRelayCannotTakeNowIsWorthAnotherAttempt() {
    // given a relay that answers the recipient with 450 (mailbox busy)
    try (StubRelay relay = StubRelay.answeringRecipients("450 4.2.1 Mailbox busy, try later")) {
      EmailSender throughIt = senderThrough(relay.port());

      // when a notification is sent through it, then the failure is transient
      assertThatThrownBy(
              () ->
                  throughIt.send(
                      notification("en", "registration-cancelled", "S", "B"),
                      ChannelSender.ONLY_TARGET))
          .isInstanceOfSatisfying(
              DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
    }
  }

  @Test
  void aRelayThatIsDownIsATransientFailureAtOnce() throws Exception {
    // given a port where no relay listens
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    EmailSender throughIt = senderThrough(closed);

    // when a notification is sent, then it fails transiently, without waiting
    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                throughIt.send(
                    notification("en", "registration-cancelled", "S", "B"),
                    ChannelSender.ONLY_TARGET))
        .isInstanceOfSatisfying(
            DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aRelayThatNeverAnswersFailsTransientlyWithinTheConfiguredTimeout(
      @Autowired JavaMailSenderImpl configured) {
    // given a relay that takes the connection and says nothing, reached with the service's settings
    try (StubRelay relay = StubRelay.silent()) {
      JavaMailSenderImpl toIt = new JavaMailSenderImpl();
      toIt.setHost("127.0.0.1");
      toIt.setPort(relay.port());
      toIt.setJavaMailProperties(configured.getJavaMailProperties());
      EmailSender throughIt = new EmailSender(toIt, links, texts, from);

      // when a notification is sent, then it fails transiently once the 5 s timeout is over
      long started = System.nanoTime();
      assertThatThrownBy(
              () ->
                  throughIt.send(
                      notification("en", "registration-cancelled", "S", "B"),
                      ChannelSender.ONLY_TARGET))
          .isInstanceOfSatisfying(
              DeliveryFailure.class, failure -> assertThat(failure.permanent()).isFalse());
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(9));
    }
  }

  private EmailSender senderThrough(int port) {
    JavaMailSenderImpl relay = new JavaMailSenderImpl();
    relay.setHost("127.0.0.1");
    relay.setPort(port);
    Properties timeouts = new Properties();
    timeouts.put("mail.smtp.connectiontimeout", "2000");
    timeouts.put("mail.smtp.timeout", "2000");
    relay.setJavaMailProperties(timeouts);
    return new EmailSender(relay, links, texts, from);
  }

  static Notification notification(String language, String kind, String subject, String body) {
    UUID participant = UUID.randomUUID();
    return new Notification(
        UUID.randomUUID(),
        participant,
        UUID.randomUUID(),
        kind,
        "email",
        "p-" + participant + "@example.org",
        language,
        subject,
        body,
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  static MimeMessage received(Notification notification) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !messagesTo(notification.recipient()).isEmpty());
    return messagesTo(notification.recipient()).get(0);
  }

  static List<MimeMessage> messagesTo(String address) {
    return TestInfrastructure.mail().received().stream()
        .filter(
            message -> {
              try {
                return message.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
