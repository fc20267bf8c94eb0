package org.imrf.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.preference.ChannelPreferences;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The link in an email's List-Unsubscribe header turns email off for that kind of message with one
 * POST and no sign-in (RFC 8058); opening it shows a page in the reader's language and changes
 * nothing; a link not made here, or changed, is refused.
 */
@ServiceTest
class UnsubscribingInOneClickTest {

  @Autowired RestTestClient http;
  @Autowired EmailSender sender;
  @Autowired ChannelPreferences preferences;
  @Autowired ParticipantDirectory participants;
  @Autowired UnsubscribeLinks links;
  @Autowired JdbcClient jdbc;

  @Test
  void aMailProgramsOneClickPostTurnsEmailOffForThatKindOnly() throws Exception {
    // given a participant who received an email about their registration
    UUID participant = known("ar");
    String path = unsubscribePath(emailTo(participant, "edition-rescheduled", "ar"));

    // when their mail program posts the one-click body to the link, with nothing else
    http.post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("List-Unsubscribe=One-Click")
        .exchange()
        .expectStatus()
        .isOk();

    // then that kind no longer goes to them by email, and still reaches them in the app
    assertThat(preferences.chosen(participant, "edition-rescheduled"))
        .doesNotContain(Channel.EMAIL)
        .contains(Channel.IN_APP);
    // and other kinds still go by email
    assertThat(preferences.chosen(participant, "speaker-selected")).contains(Channel.EMAIL);
  }

  @Test
  void openingTheLinkShowsAFormInTheReadersLanguageAndChangesNothing() throws Exception {
    // given a participant who reads Arabic, and the link from their email
    UUID participant = known("ar");
    String path = unsubscribePath(emailTo(participant, "accreditation-granted", "ar"));

    // when the link is opened (as a person would, or a mail scanner)
    String page =
        http.get()
            .uri(path)
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody();

    // then it is an Arabic page, right to left, whose button posts the one-click body
    assertThat(page)
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("<form method=\"post\">")
        .contains("name=\"List-Unsubscribe\" value=\"One-Click\"")
        .contains("إلغاء الاشتراك");
    // and nothing changed
    assertThat(preferences.chosen(participant, "accreditation-granted")).contains(Channel.EMAIL);
  }

  @Test
  void aChangedTokenIsRefusedAndChangesNothing() throws Exception {
    // given the link from a participant's email, with one character of its token changed
    UUID participant = known("en");
    String path = unsubscribePath(emailTo(participant, "accreditation-granted", "en"));
    char last = path.charAt(path.length() - 1);
    String tampered = path.substring(0, path.length() - 1) + (last == 'A' ? 'B' : 'A');

    // when it is posted, or opened, then it is refused as unknown
    JsonNode problem =
        http.post()
            .uri(tampered)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("List-Unsubscribe=One-Click")
            .exchange()
            .expectStatus()
            .isNotFound()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(problem.path("title").asString()).isEqualTo("Unknown unsubscribe link");
    http.get().uri(tampered).exchange().expectStatus().isNotFound();
    // and nothing changed
    assertThat(preferences.chosen(participant, "accreditation-granted")).contains(Channel.EMAIL);
  }

  @Test
  void aPostWithoutTheOneClickBodyIsRefusedNamingTheField() throws Exception {
    // given the link from a participant's email
    UUID participant = known("en");
    String path = unsubscribePath(emailTo(participant, "accreditation-granted", "en"));

    // when something posts to it without the one-click body
    JsonNode problem =
        http.post()
            .uri(path)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("List-Unsubscribe=Maybe")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then it is told which field is wrong, and nothing changed
    assertThat(problem.toString()).contains("List-Unsubscribe");
    assertThat(preferences.chosen(participant, "accreditation-granted")).contains(Channel.EMAIL);
  }

  @Test
  void theLinkOfAnErasedParticipantRecordsNothingAboutThem() throws Exception {
    // given a participant who was erased after their email was sent
    UUID participant = known("es");
    String path = unsubscribePath(emailTo(participant, "accreditation-granted", "es"));
    EventFixtures.erased(participant).send();
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(participant).isEmpty());

    // when the link in that email is used
    http.post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("List-Unsubscribe=One-Click")
        .exchange()
        .expectStatus()
        .isOk();

    // then no row about them comes back
    assertThat(
            jdbc.sql("select count(*) from channel_choice where participant_id = :id")
                .param("id", participant)
                .query(Long.class)
                .single())
        .isZero();
  }

  private UUID known(String language) {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(UUID.randomUUID(), participant, "Amal Haddad", language).send();
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(participant).isPresent());
    return participant;
  }

  private MimeMessage emailTo(UUID participant, String kind, String language) throws Exception {
    Notification notification =
        new Notification(
            UUID.randomUUID(),
            participant,
            UUID.randomUUID(),
            kind,
            "email",
            "u-" + participant + "@example.org",
            language,
            "Subject",
            "Body",
            Instant.now().truncatedTo(ChronoUnit.SECONDS));
    sender.send(notification, ChannelSender.ONLY_TARGET);
    return SendingEmailTest.received(notification);
  }

  /** The link's path on this service (the gateway passes /unsubscribe/** through unchanged). */
  private static String unsubscribePath(MimeMessage message) throws Exception {
    String header = message.getHeader("List-Unsubscribe", null);
    return header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
  }
}
