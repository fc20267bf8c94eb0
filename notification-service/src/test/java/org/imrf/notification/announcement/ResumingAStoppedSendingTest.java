package org.imrf.notification.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
class ResumingAStoppedSendingTest {

  @Autowired ParticipantDirectory participants;
  @Autowired AnnouncementRepository announcements;
  @Autowired AnnouncementFanOut fanOut;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aSendingStoppedAfterItsFirstChunkResumesAndNoRecipientGetsItTwice() {
    // given seven participants of an edition
    String edition = SendingAnAnnouncementTest.newEdition();
    List<UUID> recipients = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      UUID id = UUID.randomUUID();
      EventFixtures.registered(UUID.randomUUID(), id, "Participant " + i, "en", edition).send();
      recipients.add(id);
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> recipients.stream().allMatch(id -> participants.find(id).isPresent()));

    // and an announcement to them sent by an instance that wrote a chunk of three, then died
    UUID id = sentButNotWritten(edition);
    new TransactionTemplate(transactions).execute(status -> fanOut.writeNextChunk(id, 3));
    assertThat(written(id)).isEqualTo(3);
    // (and, worse, whose progress was lost: the next writer starts from the first recipient)
    jdbc.sql(
            "update announcement set after_participant = null, progress_at = :long_ago"
                + " where id = :id")
        .param("long_ago", Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))))
        .param("id", id)
        .update();

    // when another instance sees it stalled and resumes it
    fanOut.resumeStalled();

    // then it is sent, and every recipient has it exactly once
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> announcements.find(id).orElseThrow().state() == AnnouncementState.SENT);
    assertThat(written(id)).isEqualTo(7);
    assertThat(
            jdbc.sql(
                    "select participant_id, count(*) from notification where source_event_id = :id"
                        + " group by participant_id")
                .param("id", id)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list())
        .hasSize(7)
        .allSatisfy(perRecipient -> assertThat(perRecipient.getValue()).isOne())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrderElementsOf(recipients);
  }

  /** An announcement sent, its event published, and nothing written yet. */
  private UUID sentButNotWritten(String edition) {
    return new TransactionTemplate(transactions)
        .execute(
            status -> {
              Announcement announcement =
                  Announcement.draft(
                      UUID.randomUUID(),
                      Content.read(
                          new AnnouncementDraft(
                              edition,
                              Map.of("en", "Registration closes on Friday"),
                              Map.of("en", "Registration for the forum closes on Friday."),
                              null,
                              null,
                              null,
                              null)),
                      "organiser@un.example",
                      Instant.now());
              announcements.insert(announcement);
              announcement.send(1, 7, "organiser@un.example", Instant.now());
              announcements.update(announcement);
              return announcement.id();
            });
  }

  private int written(UUID id) {
    return announcements.find(id).orElseThrow().progress().written();
  }
}
