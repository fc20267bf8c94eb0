package org.imrf.registration.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.hearing.HearingApi.requestToSpeak;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.personaldata.PersonalData;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** What the hearing holds about a participant is exported with the rest, and erased with it. */
@ServiceTest
class HearingPersonalDataTest {

  @Autowired RestTestClient http;
  @Autowired List<PersonalData> personalData;
  @Autowired TransactionTemplate transactions;

  @Test
  void aSpeakersRequestsAreExportedAndWhatTheyWroteIsErased() {
    // given a speaker who asked to speak, describing herself, and was declined
    HearingApi hearing = new HearingApi(http);
    String edition = hearing.participants().newEdition();
    String session = hearing.session(edition, "Thematic session 1", "2026-05-04T10:00:00", null);
    JsonNode speaker = hearing.accreditedStakeholder(edition, "civil-society-ecosoc");
    Map<String, Object> body = requestToSpeak(session, List.of(8, 10), "Search and rescue at sea");
    body.put("gender", "woman");
    String request = hearing.request(edition, speaker, body).get("id").asString();
    hearing.decline(edition, request, "The session is full").expectStatus().isOk();
    PersonalData data = hearingSection();
    UUID participant = UUID.fromString(id(speaker));

    // when she asks for everything held about her
    List<Map<String, Object>> exported = requests(data.export(participant));

    // then her request is there, with what she wrote and what she was told
    assertThat(exported).hasSize(1);
    assertThat(exported.get(0))
        .containsEntry("summary", "Search and rescue at sea")
        .containsEntry("gender", "woman")
        .containsEntry("status", "declined")
        .containsEntry("declineReason", "The session is full")
        .containsEntry("objectives", List.of(8, 10));

    // when she asks for erasure
    transactions.executeWithoutResult(status -> data.erase(participant));

    // then what she wrote and said of herself is gone; the bare decision remains
    Map<String, Object> erased = requests(data.export(participant)).get(0);
    assertThat(erased.get("summary")).isNull();
    assertThat(erased.get("gender")).isNull();
    assertThat(erased.get("declineReason")).isNull();
    assertThat(erased).containsEntry("status", "declined");
    JsonNode seen = hearing.requests(edition, null).get("items").get(0);
    assertThat(seen.get("summary").isNull()).isTrue();
    // and someone who never asked has nothing here
    assertThat(requests(data.export(UUID.randomUUID()))).isEmpty();
  }

  private PersonalData hearingSection() {
    return personalData.stream()
        .filter(data -> data.section().equals("hearing"))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> requests(Object exported) {
    return (List<Map<String, Object>>) exported;
  }
}
