package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imrf.devservices.mail.EmbeddedMail;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Email survives its faults: a dead relay delays email alone, and every email is sent once when it
 * is back; notification-service killed while sending loses none and sends none twice. Against the
 * real broker, database and mail server, with the services in their own JVMs.
 */
class EmailThroughFaultsTest {

  private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};

  @RegisterExtension
  static final SharedPlatform<RunningServices> shared =
      RunningServices.registrationAndNotification();

  static RunningServices platform;
  static EmbeddedMail mail;

  @BeforeAll
  static void services() {
    platform = shared.get();
    mail = TestInfrastructure.mail();
  }

  @Test
  void aDeadRelayDelaysOnlyEmailAndEachEmailIsSentOnceWhenItIsBack() {
    List<Registered> burst;
    // given the mail relay is down
    try (EmbeddedMail.Outage outage = mail.interrupt()) {
      // when a burst of people register
      burst = register(30, "outage");

      // then each is told in-app within seconds all the same
      for (Registered person : burst) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxSize(person) == 1);
      }
      // and no email reached the relay
      assertThat(received(burst)).isEmpty();
    }

    // when the relay is back, every confirmation reaches it, each exactly once
    await().atMost(Duration.ofSeconds(60)).until(() -> received(burst).size() >= burst.size());
    assertEachReceivedOnce(burst);
  }

  @Test
  void aCrashWhileSendingLosesNoEmailAndSendsNoneTwice() {
    List<Registered> backlog;
    // given a backlog of emails queued while the relay was down
    try (EmbeddedMail.Outage outage = mail.interrupt()) {
      backlog = register(120, "crash");
      for (Registered person : backlog) {
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxSize(person) == 1);
      }
    }

    // when notification-service is killed (kill -9) while it sends them
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(5))
        .until(() -> received(backlog).size() >= 10);
    platform.crash("notification-service");
    int beforeTheCrash = received(backlog).size();

    // and started again
    platform.restart("notification-service");

    // then every email is sent: those the dead instance held are sent once their claims expire
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> recipients(received(backlog)).size() >= backlog.size());
    System.out.printf(
        "kill -9 after %d of %d emails: %d received in all%n",
        beforeTheCrash, backlog.size(), received(backlog).size());
    assertThat(beforeTheCrash).as("killed while sending, not after").isLessThan(backlog.size());
    // and only an email the relay accepted in the instant before the kill, before its delivery
    // was recorded, can come twice: as the same message (one Message-ID), which mail programs drop
    assertReceivedOnceExceptInFlight(backlog, EMAILS_IN_FLIGHT);
  }

  /** How many emails one instance sends at once (notification-service's email bulkhead). */
  private static final int EMAILS_IN_FLIGHT = 8;

  private static Set<String> recipients(List<MimeMessage> messages) {
    return messages.stream()
        .map(
            message -> {
              try {
                return message.getAllRecipients()[0].toString();
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .collect(Collectors.toSet());
  }

  private record Registered(UUID id, String email, String language) {}

  private static List<Registered> register(int count, String marker) {
    List<Registered> registered = new ArrayList<>();
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < count; i++) {
      String language = LANGUAGES[i % LANGUAGES.length];
      String email = marker + "." + i + "." + run + "@example.org";
      Http.Response response =
          Http.post(
              platform.url("registration-service") + "/participants",
              """
              {"edition": "imrf-2026", "name": "Participant %d", "email": "%s", "preferredLanguage": "%s",
               "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state",
               "attendance": "online"}
              """
                  .formatted(i, email, language));
      assertThat(response.status()).isEqualTo(201);
      registered.add(
          new Registered(UUID.fromString(response.body().get("id").asString()), email, language));
    }
    return registered;
  }

  private static int inboxSize(Registered person) {
    return Http.get(
            platform.url("notification-service") + "/inbox?participant=" + person.id(),
            TestTokens.attendee(person.id()))
        .body()
        .path("items")
        .size();
  }

  /** The messages the mail server received for these people. */
  private static List<MimeMessage> received(List<Registered> people) {
    Set<String> addresses = people.stream().map(Registered::email).collect(Collectors.toSet());
    return mail.received().stream().filter(message -> to(message, addresses)).toList();
  }

  private static boolean to(MimeMessage message, Set<String> addresses) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && addresses.contains(recipients[0].toString());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertEachReceivedOnce(List<Registered> people) {
    assertReceivedOnceExceptInFlight(people, 0);
  }

  private static void assertReceivedOnceExceptInFlight(List<Registered> people, int inFlight) {
    Map<String, Integer> perAddress = new HashMap<>();
    Map<String, Integer> perMessageId = new HashMap<>();
    for (MimeMessage message : received(people)) {
      try {
        perAddress.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
        perMessageId.merge(message.getMessageID(), 1, Integer::sum);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    List<String> missing =
        people.stream().map(Registered::email).filter(a -> !perAddress.containsKey(a)).toList();
    Map<String, Integer> doubled =
        perAddress.entrySet().stream()
            .filter(entry -> entry.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    System.out.printf(
        "%d people: %d emails received, %d missing, %d doubled%n",
        people.size(), received(people).size(), missing.size(), doubled.size());
    assertThat(missing).as("people whose email never came").isEmpty();
    assertThat(doubled).as("people who got their email twice").hasSizeLessThanOrEqualTo(inFlight);
    assertThat(doubled.values()).as("copies of one email").allMatch(copies -> copies == 2);
    // each person's copies are one message: the same Message-ID
    assertThat(perMessageId).hasSize(people.size());
  }
}
