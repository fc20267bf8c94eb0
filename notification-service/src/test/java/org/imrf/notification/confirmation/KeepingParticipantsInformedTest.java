package org.imrf.notification.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class KeepingParticipantsInformedTest {

  @Autowired RestTestClient http;

  @Test
  void aStakeholderWhoseAccreditationIsPendingAndWhoWaitsForAPlaceIsToldBoth() {
    // given a migrant-led organisation's representative, applying for special accreditation,
    // whose organisation's in-person places are taken
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(
            UUID.randomUUID(),
            participant,
            "Amélie Dubois",
            "fr",
            "imrf-2026",
            "waiting-list",
            "pending")
        .send();

    // when their link is issued
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/a", "registration")
        .send();

    // then the confirmation, in French, says what comes next
    JsonNode confirmation = newest(participant, 1);
    assertThat(confirmation.get("kind").asString()).isEqualTo("registration-confirmation");
    assertThat(confirmation.get("body").asString())
        .contains("accréditation spéciale", "liste d'attente", "http://x/access/a");
  }

  @Test
  void someoneRegisteredBeforeVersionTwoIsStillConfirmed() {
    UUID participant = UUID.randomUUID();
    EventFixtures.registeredV1(UUID.randomUUID(), participant, "Grace Mensah", "en").send();
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/v1", "registration")
        .send();

    assertThat(newest(participant, 1).get("body").asString())
        .contains("Grace Mensah", "http://x/access/v1")
        .doesNotContain("{4}");
  }

  @Test
  void aParticipantWhoChangesLanguageHearsInTheNewOne() {
    // given a participant registered in English
    UUID participant = UUID.randomUUID();
    EventFixtures.registration(participant, "Olga Petrova", "en", "http://x/access/1")
        .forEach(EventFixtures.Event::send);
    newest(participant, 1);

    // when she switches to Russian, then asks for a fresh link
    EventFixtures.detailsChanged(participant, "Ольга Петрова", "ru", "online").send();
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/2", "requested")
        .send();

    // then the fresh link comes in Russian, to her name as she now writes it
    JsonNode fresh = newest(participant, 2);
    assertThat(fresh.get("language").asString()).isEqualTo("ru");
    assertThat(fresh.get("body").asString()).contains("Здравствуйте, Ольга Петрова");
  }

  @Test
  void accreditationDecisionsAreToldWithTheReasonForARefusal() {
    UUID granted = registeredAndConfirmed("es", "pending");
    UUID refused = registeredAndConfirmed("ar", "pending");

    EventFixtures.accreditationGranted(granted).send();
    EventFixtures.accreditationRefused(refused, "الطلب وصل بعد الموعد النهائي").send();

    JsonNode grant = newest(granted, 2);
    assertThat(grant.get("kind").asString()).isEqualTo("accreditation-granted");
    assertThat(grant.get("body").asString()).contains("acreditación", "en línea");
    JsonNode refusal = newest(refused, 2);
    assertThat(refusal.get("kind").asString()).isEqualTo("accreditation-refused");
    assertThat(refusal.get("direction").asString()).isEqualTo("rtl");
    assertThat(refusal.get("body").asString()).contains("الطلب وصل بعد الموعد النهائي");
  }

  @Test
  void aStakeholderHearsOfTheProvisionalApprovalAndUntilWhenStatesMayObjectWhereTheyAre() {
    // given a stakeholder in Manila applying for special accreditation
    UUID participant = registeredAndConfirmed("en", "pending");

    // when the application is provisionally approved, open to objection until 11:30 New York
    EventFixtures.provisionallyApproved(participant, Instant.parse("2026-03-16T15:30:00Z")).send();

    // then they hear of it, and until when Member States may object, in their own time
    JsonNode approved = newest(participant, 2);
    assertThat(approved.get("kind").asString()).isEqualTo("accreditation-provisionally-approved");
    assertThat(approved.get("subject").asString())
        .isEqualTo(
            "Accreditation provisionally approved: International Migration Review Forum 2026");
    assertThat(approved.get("body").asString())
        .contains(
            "has been provisionally approved",
            "may raise objections to it until 16 March 2026 at 23:30 (Philippines Time).");
  }

  @Test
  void anObjectionIsToldWithoutNamingTheStateOrItsReason() {
    UUID participant = registeredAndConfirmed("fr", "pending");
    EventFixtures.provisionallyApproved(participant, Instant.parse("2026-03-16T15:30:00Z")).send();
    newest(participant, 2);

    EventFixtures.objected(
            participant, "KZ", "The institute is not registered under the name given.")
        .send();

    JsonNode objected = newest(participant, 3);
    assertThat(objected.get("kind").asString()).isEqualTo("accreditation-objected");
    assertThat(objected.get("body").asString())
        .contains("Un État Membre a formulé une objection à votre demande", "statuer")
        .doesNotContain("Kazakhstan", "KZ", "institute", "Motif");
  }

  @Test
  void someonePromotedFromTheWaitingListIsToldTheirPlaceIsTheirs() {
    UUID participant = registeredAndConfirmed("zh", "not-required");

    EventFixtures.promoted(participant).send();

    JsonNode promoted = newest(participant, 2);
    assertThat(promoted.get("kind").asString()).isEqualTo("waiting-list-promoted");
    assertThat(promoted.get("body").asString()).contains("现场");
  }

  @Test
  void aCancellationIsConfirmed() {
    UUID participant = registeredAndConfirmed("ru", "not-required");

    EventFixtures.cancelled(participant).send();

    JsonNode cancelled = newest(participant, 2);
    assertThat(cancelled.get("kind").asString()).isEqualTo("registration-cancelled");
    assertThat(cancelled.get("body").asString()).contains("отменена");
  }

  private UUID registeredAndConfirmed(String language, String accreditation) {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(
            UUID.randomUUID(),
            participant,
            "Participant " + language,
            language,
            "imrf-2026",
            "online",
            accreditation)
        .send();
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/c", "registration")
        .send();
    newest(participant, 1);
    return participant;
  }

  /** The newest of the participant's notifications, once there are this many. */
  private JsonNode newest(UUID participant, int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications(participant).get("totalItems").asLong() >= count);
    return notifications(participant).get("items").get(0);
  }

  private JsonNode notifications(UUID participant) {
    return http.get()
        .uri("/notifications?participant={p}", participant)
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }
}
