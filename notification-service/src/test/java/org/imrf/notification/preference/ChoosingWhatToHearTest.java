package org.imrf.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelChoices;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A participant chooses, through their access-link session, which channels each kind of message
 * reaches them on, in which language, and how often; what carries their access always comes.
 */
@ServiceTest
class ChoosingWhatToHearTest {

  @Autowired RestTestClient http;
  @Autowired ParticipantDirectory participants;
  @Autowired ChannelChoices choices;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  @Test
  void aParticipantWhoChoseNothingHearsEverythingByEmailAndInAppImmediatelyInTheirLanguage() {
    // given a participant who registered in Spanish and chose nothing
    UUID participant = Participants.registered(participants, "Lucía Fernández", "es");

    // when they read their preferences
    var answer = read(participant, TestTokens.attendee(participant));

    // then they are the defaults, at version 0
    answer.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
    JsonNode preferences = answer.returnResult(JsonNode.class).getResponseBody();
    assertThat(preferences.get("language").asString()).isEqualTo("es");
    assertThat(preferences.get("deliveryMode").asString()).isEqualTo("immediate");
    assertThat(preferences.get("digestHour").asInt()).isEqualTo(7);
    assertThat(preferences.get("timeZone").asString()).isEqualTo("Asia/Manila");
    assertThat(codes(preferences.get("channels").get("*"))).containsExactly("email", "in-app");
    assertThat(choices.chosen(participant, "edition-rescheduled"))
        .containsExactlyInAnyOrder(Channel.EMAIL, Channel.IN_APP);
    assertThat(choices.inDigest(participant, "edition-rescheduled")).isFalse();
  }

  @Test
  void aKindsOwnChoiceWinsOverWhatWasChosenForEveryKind() {
    // given a participant
    UUID participant = Participants.registered(participants, "Kwame Mensah", "en");

    // when they choose in-app only for every kind, but email and webhook for accreditation news
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(
        "channels",
        Map.of("*", List.of("in-app"), "accreditation-granted", List.of("email", "webhook")));
    replace(participant, TestTokens.attendee(participant), document, null)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.ETAG, "\"1\"");

    // then accreditation news goes by email and webhook, everything else in-app only
    assertThat(choices.chosen(participant, "accreditation-granted"))
        .containsExactlyInAnyOrder(Channel.EMAIL, Channel.WEBHOOK);
    assertThat(choices.chosen(participant, "edition-rescheduled")).containsExactly(Channel.IN_APP);
    // and reading them back shows what they chose
    JsonNode channels =
        read(participant, TestTokens.attendee(participant))
            .returnResult(JsonNode.class)
            .getResponseBody()
            .get("channels");
    assertThat(codes(channels.get("*"))).containsExactly("in-app");
    assertThat(codes(channels.get("accreditation-granted"))).containsExactly("email", "webhook");
  }

  @Test
  void whatCarriesTheAccessLinkGoesByEmailImmediatelyWhateverWasChosen() {
    // given a participant who turns email off for every kind and for access links, and asks for
    // the daily digest, but wants programme changes by email
    UUID participant = Participants.registered(participants, "Amina Diallo", "fr");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("deliveryMode", "daily-digest");
    document.put(
        "channels",
        Map.of(
            "*", List.of("in-app"),
            "access-link-requested", List.of(),
            "edition-rescheduled", List.of("email")));
    replace(participant, TestTokens.attendee(participant), document, null).expectStatus().isOk();

    // then links and notices about the registration still go by email, immediately
    for (String kind :
        List.of(
            "registration-confirmation",
            "access-link",
            "access-link-requested",
            "registration-cancelled")) {
      assertThat(choices.chosen(participant, kind)).as(kind).contains(Channel.EMAIL);
      assertThat(choices.inDigest(participant, kind)).as(kind).isFalse();
    }
    // while programme changes wait for the digest, and what has no email has nothing to wait for
    assertThat(choices.inDigest(participant, "edition-rescheduled")).isTrue();
    assertThat(choices.inDigest(participant, "accreditation-granted")).isFalse();
  }

  @Test
  void anInvalidDocumentIsRefusedWithEachFieldNamedAndNothingChanges() {
    // given a participant who chose nothing yet
    UUID participant = Participants.registered(participants, "Olga Petrova", "ru");

    // when they send a document wrong in every field
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("language", "de");
    document.put("deliveryMode", "weekly");
    document.put("digestHour", 24);
    document.put(
        "channels", Map.of("newsletter", List.of("email"), "*", List.of("email", "pigeon")));
    JsonNode problem =
        replace(participant, TestTokens.attendee(participant), document, null)
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then each invalid field is named
    assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
        .containsExactlyInAnyOrder(
            "language", "deliveryMode", "digestHour", "channels.newsletter", "channels.*[1]");
    // and nothing was written
    var unchanged = read(participant, TestTokens.attendee(participant));
    unchanged.expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
    JsonNode preferences = unchanged.returnResult(JsonNode.class).getResponseBody();
    assertThat(preferences.get("language").asString()).isEqualTo("ru");
    assertThat(preferences.get("deliveryMode").asString()).isEqualTo("immediate");
    assertThat(codes(preferences.get("channels").get("*"))).containsExactly("email", "in-app");
  }

  @Test
  void replacingWhatSomeoneElseChangedMeanwhileIsRefused() {
    // given a participant's preferences, read by them and by an organiser (version 0)
    UUID participant = Participants.registered(participants, "Nadia Rahman", "ar");
    String read =
        read(participant, TestTokens.organiser())
            .returnResult(JsonNode.class)
            .getResponseHeaders()
            .getETag();

    // when the participant replaces them, then the organiser sends what they read
    replace(participant, TestTokens.attendee(participant), Map.of("language", "en"), read)
        .expectStatus()
        .isOk();
    var stale =
        replace(participant, TestTokens.organiser(), Map.of("deliveryMode", "daily-digest"), read);

    // then the organiser is told they changed meanwhile, and the participant's choice stands
    stale.expectStatus().isEqualTo(412);
    JsonNode preferences =
        read(participant, TestTokens.attendee(participant))
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(preferences.get("language").asString()).isEqualTo("en");
    assertThat(preferences.get("deliveryMode").asString()).isEqualTo("immediate");
  }

  @Test
  void anotherParticipantsPreferencesDoNotExistForThem() {
    // given two participants
    UUID participant = Participants.registered(participants, "Grace Mensah", "en");
    UUID other = Participants.registered(participants, "Kofi Boateng", "en");

    // when one reads or replaces the other's preferences
    var reading = read(other, TestTokens.attendee(participant));
    var replacing =
        replace(other, TestTokens.attendee(participant), Map.of("language", "fr"), null);

    // then neither finds them, and the other's are untouched
    reading.expectStatus().isNotFound();
    replacing.expectStatus().isNotFound();
    assertThat(
            read(other, TestTokens.attendee(other))
                .returnResult(JsonNode.class)
                .getResponseBody()
                .get("language")
                .asString())
        .isEqualTo("en");
  }

  @Test
  void theChosenLanguageIsTheLanguageOfTheMessagesWrittenAfterwards() {
    // given a participant who registered in English
    UUID participant = Participants.registered(participants, "Amélie Dubois", "en");

    // when they choose French, then their accreditation is granted
    replace(participant, TestTokens.attendee(participant), Map.of("language", "fr"), null)
        .expectStatus()
        .isOk();
    EventFixtures.accreditationGranted(participant).send();

    // then they are told in French
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications.countForParticipant(participant) == 1);
    Notification granted = notifications.forParticipant(participant, 0, 1).get(0);
    assertThat(granted.language()).isEqualTo("fr");
    assertThat(granted.subject()).startsWith("Accréditation accordée");

    // and when they go back to their registration's language, the next message is in English
    replace(participant, TestTokens.attendee(participant), Map.of(), null).expectStatus().isOk();
    EventFixtures.promoted(participant).send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications.countForParticipant(participant) == 2);
    assertThat(notifications.forParticipant(participant, 0, 1).get(0).language()).isEqualTo("en");
  }

  @Test
  void anErasedParticipantsPreferencesAreForgotten() {
    // given a participant who chose a language, channels and the daily digest
    UUID participant = Participants.registered(participants, "Maria Santos", "es");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("language", "fr");
    document.put("deliveryMode", "daily-digest");
    document.put("channels", Map.of("*", List.of("in-app")));
    replace(participant, TestTokens.attendee(participant), document, null).expectStatus().isOk();

    // when they are erased
    EventFixtures.erased(participant).send();

    // then nothing they chose is left
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(participant).isEmpty());
    for (String table : List.of("participant_preference", "channel_choice", "digest_schedule")) {
      assertThat(
              jdbc.sql("select count(*) from " + table + " where participant_id = :participant")
                  .param("participant", participant)
                  .query(Long.class)
                  .single())
          .as(table)
          .isZero();
    }
  }

  @Test
  void aPreferencesPageNamesEveryKindInTheReadersLanguage() {
    // when anyone asks for the kinds of message in Arabic
    JsonNode kinds =
        http.get()
            .uri("/preferences/kinds?lang=ar")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ar")
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then every kind with a text of its own is there, named in Arabic, and those that carry
    // access are marked as always by email
    Map<String, JsonNode> byKind = new LinkedHashMap<>();
    kinds.valueStream().forEach(kind -> byKind.put(kind.get("kind").asString(), kind));
    assertThat(byKind)
        .containsKeys("registration-confirmation", "edition-rescheduled", "daily-digest");
    assertThat(byKind.get("edition-rescheduled").get("name").asString())
        .isEqualTo("تغييرات البرنامج");
    assertThat(byKind.get("access-link").get("alwaysByEmail").asBoolean()).isTrue();
    assertThat(byKind.get("edition-rescheduled").get("alwaysByEmail").asBoolean()).isFalse();
  }

  private RestTestClient.ResponseSpec read(UUID participant, String token) {
    return http.get()
        .uri("/participants/{id}/preferences", participant)
        .header("Authorization", "Bearer " + token)
        .exchange();
  }

  private RestTestClient.ResponseSpec replace(
      UUID participant, String token, Map<String, ?> document, String ifMatch) {
    var request =
        http.put()
            .uri("/participants/{id}/preferences", participant)
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return request.body(document).exchange();
  }

  private static List<String> codes(JsonNode list) {
    return list.valueStream().map(JsonNode::asString).toList();
  }
}
