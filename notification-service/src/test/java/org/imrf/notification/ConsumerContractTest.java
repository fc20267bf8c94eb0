package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrf.contracts.EventContracts;
import org.imrf.notification.confirmation.AccessLinkIssued;
import org.imrf.notification.confirmation.AccreditationGranted;
import org.imrf.notification.confirmation.AccreditationRefused;
import org.imrf.notification.confirmation.ParticipantCancelled;
import org.imrf.notification.confirmation.WaitingListPromoted;
import org.imrf.notification.participant.ParticipantDetailsChanged;
import org.imrf.notification.participant.ParticipantRegistered;
import org.imrf.notification.participant.ParticipantRegisteredV2;
import org.imrf.notification.rescheduling.EditionRescheduled;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** This service's copies of the events it reads can read every example the contracts give. */
class ConsumerContractTest {

  private final EventContracts contracts = EventContracts.load();
  // as the inbox reads events: fields a copy does not know are ignored
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void participantRegisteredExamplesAreReadable() {
    for (JsonNode example : examples("participantRegistered")) {
      ParticipantRegistered read =
          json.treeToValue(example.get("payload"), ParticipantRegistered.class);
      assertThat(read.name()).isEqualTo(example.get("payload").get("name").asString());
      assertThat(read.preferredLanguage()).isNotBlank();
    }
  }

  @Test
  void participantRegisteredVersionTwoExamplesAreReadable() {
    for (JsonNode example : examples("participantRegisteredV2")) {
      ParticipantRegisteredV2 read =
          json.treeToValue(example.get("payload"), ParticipantRegisteredV2.class);
      assertThat(read.attendance()).isEqualTo(example.get("payload").get("attendance").asString());
      assertThat(read.accreditation()).isNotBlank();
    }
  }

  @Test
  void participationExamplesAreReadable() {
    for (JsonNode example : examples("participantDetailsChanged")) {
      assertThat(
              json.treeToValue(example.get("payload"), ParticipantDetailsChanged.class)
                  .preferredLanguage())
          .isNotBlank();
    }
    for (JsonNode example : examples("participantCancelled")) {
      assertThat(json.treeToValue(example.get("payload"), ParticipantCancelled.class).cancelledAt())
          .isNotNull();
    }
    for (JsonNode example : examples("accreditationGranted")) {
      assertThat(json.treeToValue(example.get("payload"), AccreditationGranted.class).how())
          .isNotBlank();
    }
    for (JsonNode example : examples("accreditationRefused")) {
      assertThat(
              json.treeToValue(example.get("payload"), AccreditationRefused.class).participantId())
          .isNotNull();
    }
    for (JsonNode example : examples("participantErased")) {
      assertThat(
              json.treeToValue(
                      example.get("payload"), org.imrf.notification.erasure.ParticipantErased.class)
                  .participantId())
          .isNotNull();
    }
    for (JsonNode example : examples("waitingListPromoted")) {
      assertThat(json.treeToValue(example.get("payload"), WaitingListPromoted.class).promotedAt())
          .isNotNull();
    }
  }

  @Test
  void accessLinkIssuedExamplesAreReadable() {
    for (JsonNode example : examples("accessLinkIssued")) {
      AccessLinkIssued read = json.treeToValue(example.get("payload"), AccessLinkIssued.class);
      assertThat(read.atRegistration())
          .isEqualTo("registration".equals(example.get("payload").get("reason").asString()));
      assertThat(read.sealedLink()).isNotBlank();
    }
  }

  @Test
  void editionRescheduledExamplesAreReadable() {
    for (JsonNode example : examples("editionRescheduled")) {
      EditionRescheduled read = json.treeToValue(example.get("payload"), EditionRescheduled.class);
      assertThat(read.editionId()).isEqualTo(example.get("payload").get("editionId").asString());
      assertThat(read.current().startsOn()).isNotNull();
    }
  }

  private Iterable<JsonNode> examples(String message) {
    JsonNode examples = contracts.document().at("/components/messages/" + message + "/examples");
    assertThat(examples.size()).as(message + " examples").isPositive();
    return examples;
  }
}
