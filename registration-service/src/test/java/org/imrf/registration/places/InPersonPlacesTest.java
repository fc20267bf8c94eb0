package org.imrf.registration.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.events;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.Registrants.stakeholder;
import static org.imrf.registration.Registrants.unique;
import static org.imrf.registration.Registrants.with;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrf.registration.ParticipantsApi;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Each stakeholder organisation sends at most two representatives in person (the default), through
 * HTTP, the locked rows and the topic; the rules themselves are told in {@link
 * InPersonPlacesRulesTest}.
 */
@ServiceTest
class InPersonPlacesTest {

  @Autowired RestTestClient http;
  ParticipantsApi api;
  String organisation;

  @BeforeEach
  void anOrganisation() {
    api = new ParticipantsApi(http);
    organisation = "Migrant Forum in Asia " + UUID.randomUUID();
  }

  @Test
  void aThirdRepresentativeIsOfferedOnlineAttendanceOrTheWaitingList() {
    // given two representatives of the organisation registered to attend in person
    api.register(representative(organisation));
    // (the same organisation, however its name is typed)
    api.register(representative("  " + organisation.toUpperCase() + " "));

    // when a third asks for in person
    JsonNode problem =
        api.post("/participants", null, representative(organisation))
            .expectStatus()
            .isEqualTo(409)
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then they are told the places are taken and offered the alternatives
    assertThat(problem.get("title").asString()).isEqualTo("In-person places taken");
    assertThat(problem.get("inPersonCap").asInt()).isEqualTo(2);
    assertThat(problem.get("options").valueStream().map(JsonNode::asString))
        .containsExactly("online", "waiting-list");

    // and may take one (which one each choice gives is told in InPersonPlacesRulesTest)
    JsonNode waiting =
        api.register(with(representative(organisation), "whenInPersonFull", "waiting-list"));
    assertThat(waiting.get("attendance").asString()).isEqualTo("waiting-list");
    assertThat(waiting.get("waitingSince").isNull()).isFalse();
  }

  @Test
  void whenAPlaceFreesUpTheFirstOnTheWaitingListIsPromoted() {
    // given the places taken and two people waiting, in order
    JsonNode first = api.register(representative(organisation));
    api.register(representative(organisation));
    JsonNode firstWaiting = waiting();
    JsonNode secondWaiting = waiting();

    // when one representative goes online instead
    api.patch(id(first), attendee(first), null, Map.of("attendance", "online"))
        .expectStatus()
        .isOk();

    // then the first waiting, by the order the rows keep, is promoted and told; the second waits
    assertThat(api.read(id(firstWaiting)).get("attendance").asString()).isEqualTo("in-person");
    assertSatisfiesContract(events(id(firstWaiting), "waiting-list-promoted", 1).get(0));
    assertThat(api.read(id(secondWaiting)).get("attendance").asString()).isEqualTo("waiting-list");
  }

  @Test
  void aCancellationOrARefusalFreesAPlace() {
    JsonNode first = api.register(representative(organisation));
    JsonNode second = api.register(representative(organisation));
    JsonNode firstWaiting = waiting();
    JsonNode secondWaiting = waiting();

    api.post("/participants/" + id(first) + "/cancellation", attendee(first), null)
        .expectStatus()
        .isOk();
    api.decide(id(second), "refuse", "Not a migrant-led organisation");

    assertThat(api.read(id(firstWaiting)).get("attendance").asString()).isEqualTo("in-person");
    assertThat(api.read(id(secondWaiting)).get("attendance").asString()).isEqualTo("in-person");
  }

  @Test
  void aPlaceAskedForAgainIsClaimedLikeAnyOther() {
    api.register(representative(organisation));
    api.register(representative(organisation));
    JsonNode online = api.register(with(representative(organisation), "attendance", "online"));

    // asking for in person when the places are taken: 409, or the waiting list if so chosen
    api.patch(id(online), attendee(online), null, Map.of("attendance", "in-person"))
        .expectStatus()
        .isEqualTo(409);
    JsonNode waiting =
        api.patch(
                id(online),
                attendee(online),
                null,
                Map.of("attendance", "in-person", "whenInPersonFull", "waiting-list"))
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(waiting.get("attendance").asString()).isEqualTo("waiting-list");
  }

  @Test
  void twentySimultaneousRequestsNeverExceedTheCap() throws Exception {
    // when twenty representatives of one organisation register at the same moment
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<JsonNode>> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(
          () ->
              api.register(with(representative(organisation), "whenInPersonFull", "waiting-list")));
    }
    List<String> attendance = new ArrayList<>();
    try {
      for (Future<JsonNode> answer : pool.invokeAll(requests)) {
        attendance.add(answer.get().get("attendance").asString());
      }
    } finally {
      pool.shutdown();
    }

    // then exactly two attend in person, and the rest wait
    assertThat(attendance).filteredOn("in-person"::equals).hasSize(2);
    assertThat(attendance).filteredOn("waiting-list"::equals).hasSize(18);
  }

  private JsonNode waiting() {
    return api.register(with(representative(organisation), "whenInPersonFull", "waiting-list"));
  }

  private static Map<String, Object> representative(String organisation) {
    return stakeholder(
        "imrf-2026", "civil-society-special-accreditation", organisation, unique("rep"));
  }
}
