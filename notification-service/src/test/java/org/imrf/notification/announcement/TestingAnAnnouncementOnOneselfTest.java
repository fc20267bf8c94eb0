package org.imrf.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.security.Role;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * An organiser emails themselves an announcement, through a real SMTP server, before sending it.
 */
@ServiceTest
class TestingAnAnnouncementOnOneselfTest {

  static final String ORGANISER = "organiser@un.example";

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;

  @Test
  void theTestReachesTheOrganiserAloneAsAReaderOfTheLanguageGetsIt() throws Exception {
    // given a draft in English and French
    int before = toTheOrganiser().size();
    UUID announcement =
        create(SendingAnAnnouncementTest.draft(SendingAnAnnouncementTest.newEdition(), Map.of()));

    // when the organiser tests it as an Arabic reader would get it
    http.post()
        .uri("/announcements/{id}/test?language=ar", announcement)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isAccepted();

    // then one email reaches the organiser: English, after the notice in Arabic
    await().atMost(Duration.ofSeconds(10)).until(() -> toTheOrganiser().size() > before);
    List<MimeMessage> all = toTheOrganiser();
    MimeMessage[] received = all.subList(before, all.size()).toArray(MimeMessage[]::new);
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo(SendingAnAnnouncementTest.SUBJECT.get("en"));
    assertThat(received[0].getContent().toString().strip())
        .startsWith("لم يترجم المنظمون هذا الإعلان إلى لغتك")
        .endsWith(SendingAnAnnouncementTest.BODY.get("en"));
    // and no participant gets anything: it was not sent
    assertThat(
            jdbc.sql("select count(*) from notification where source_event_id = :id")
                .param("id", announcement)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anOrganiserWhoseTokenCarriesNoAddressIsToldSo() {
    UUID announcement =
        create(SendingAnAnnouncementTest.draft(SendingAnAnnouncementTest.newEdition(), Map.of()));

    http.post()
        .uri("/announcements/{id}/test", announcement)
        .header("Authorization", "Bearer " + TestTokens.staff("forum-scripts", Role.ORGANISER))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
  }

  private UUID create(Map<String, Object> draft) {
    JsonNode created =
        http.post()
            .uri("/announcements")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .body(draft)
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    return UUID.fromString(created.get("id").asString());
  }

  /** What the tests' real mail server received for the organiser, oldest first. */
  private static List<MimeMessage> toTheOrganiser() {
    return TestInfrastructure.mail().received().stream()
        .filter(
            message -> {
              try {
                return message.getAllRecipients()[0].toString().equals(ORGANISER);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
