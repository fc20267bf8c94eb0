package org.imrf.notification.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.inbox.InboxFixtures;
import org.imrf.notification.notification.Notification;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A participant's inbox, page by page, read and unread. */
@ServiceTest
class ReadingTheInboxTest {

  @Autowired JdbcClient jdbc;
  @Autowired List<ChannelSender> senders;
  @Autowired RestTestClient http;
  InboxFixtures inbox;
  UUID participant;
  String token;

  @BeforeEach
  void aParticipantOfTheirOwn() {
    inbox = new InboxFixtures(jdbc, senders);
    participant = UUID.randomUUID();
    token = TestTokens.attendee(participant);
  }

  @Test
  void theInboxIsPagedNewestFirstWithHowManyAreUnread() {
    // given three notifications in the inbox
    Notification first = inbox.delivered(participant, "First");
    Notification second = inbox.delivered(participant, "Second");
    Notification third = inbox.delivered(participant, "Third");

    // when the participant reads the first page of two
    JsonNode page = inboxPage("&page=0&size=2", token);

    // then it has the newest two, unread, and says how many there are and what to resume from
    assertThat(ids(page)).containsExactly(third.id().toString(), second.id().toString());
    assertThat(page.get("items").get(0).get("read").asBoolean()).isFalse();
    assertThat(page.get("items").get(0).get("seq").asLong()).isEqualTo(inbox.seqOf(third));
    assertThat(page.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page.get("unread").asLong()).isEqualTo(3);
    assertThat(page.get("lastEventId").asLong()).isEqualTo(inbox.seqOf(third));
    // and the second page the oldest
    assertThat(ids(inboxPage("&page=1&size=2", token))).containsExactly(first.id().toString());
  }

  @Test
  void aNotificationMarkedReadLeavesTheUnreadOnesAndComesBackWhenMarkedUnread() {
    // given two notifications
    Notification first = inbox.delivered(participant, "First");
    Notification second = inbox.delivered(participant, "Second");

    // when the first is marked read (twice: marking is idempotent)
    mark(HttpMethod.PUT, first, token).expectStatus().isNoContent();
    mark(HttpMethod.PUT, first, token).expectStatus().isNoContent();

    // then only the second is unread
    JsonNode unread = inboxPage("&unread=true", token);
    assertThat(ids(unread)).containsExactly(second.id().toString());
    assertThat(unread.get("unread").asLong()).isEqualTo(1);
    JsonNode all = inboxPage("", token);
    assertThat(all.get("items").get(1).get("read").asBoolean()).isTrue();

    // when it is marked unread again
    mark(HttpMethod.DELETE, first, token).expectStatus().isNoContent();

    // then both are unread
    assertThat(ids(inboxPage("&unread=true", token)))
        .containsExactly(second.id().toString(), first.id().toString());
  }

  @Test
  void markingAllReadLeavesNoneUnread() {
    inbox.delivered(participant, "First");
    inbox.delivered(participant, "Second");

    http.post()
        .uri("/inbox/read?participant={p}", participant)
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isNoContent();

    JsonNode page = inboxPage("", token);
    assertThat(page.get("unread").asLong()).isZero();
    assertThat(page.get("totalItems").asLong()).isEqualTo(2);
    assertThat(ids(inboxPage("&unread=true", token))).isEmpty();
  }

  @Test
  void anotherParticipantNeitherSeesNorMarksTheInbox() {
    // given a notification in the participant's inbox
    Notification notification = inbox.delivered(participant, "Yours only");
    String someoneElse = TestTokens.attendee(UUID.randomUUID());

    // then someone else is told there is no such inbox, nor such a notification in one
    http.get()
        .uri("/inbox?participant={p}", participant)
        .header("Authorization", "Bearer " + someoneElse)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    mark(HttpMethod.PUT, notification, someoneElse).expectStatus().isNotFound();
    http.post()
        .uri("/inbox/read?participant={p}", participant)
        .header("Authorization", "Bearer " + someoneElse)
        .exchange()
        .expectStatus()
        .isNotFound();

    // and it stays unread
    assertThat(inboxPage("", token).get("unread").asLong()).isEqualTo(1);
    // while an organiser sees it
    assertThat(ids(inboxPage("", TestTokens.organiser())))
        .containsExactly(notification.id().toString());
  }

  @Test
  void aNotificationInNoInboxCannotBeMarked() {
    Notification onlyEmailed = inbox.written(participant, "fr", "Par courriel seulement");

    mark(HttpMethod.PUT, onlyEmailed, TestTokens.organiser()).expectStatus().isNotFound();
  }

  @Test
  void badParametersAreRefusedNamingEachField() {
    http.get()
        .uri("/inbox?participant={p}&page=-1&size=500", participant)
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'page')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'size')]")
        .exists();
    http.get()
        .uri("/inbox?participant={p}&unread=perhaps", participant)
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("unread");
    http.get()
        .uri("/inbox")
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("participant");
    http.put()
        .uri("/inbox/not-an-id/read")
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("notificationId");
  }

  private JsonNode inboxPage(String query, String caller) {
    return http.get()
        .uri("/inbox?participant=" + participant + query)
        .header("Authorization", "Bearer " + caller)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(JsonNode.class)
        .getResponseBody();
  }

  private RestTestClient.ResponseSpec mark(
      HttpMethod method, Notification notification, String caller) {
    return http.method(method)
        .uri("/inbox/{id}/read", notification.id())
        .header("Authorization", "Bearer " + caller)
        .exchange();
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
  }
}
