package org.imrf.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.preference.Participants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestClock;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A participant who chose the daily digest gets one email a day at their local hour, listing what
 * was held for it; never before the hour, never twice, never an empty one.
 */
@ServiceTest
class SendingTheDailyDigestTest {

  /** Where the fixtures' participants are (UTC+8, no summer time). */
  private static final ZoneId MANILA = ZoneId.of("Asia/Manila");

  @Autowired RestTestClient http;
  @Autowired TestClock clock;
  @Autowired DailyDigests digests;
  @Autowired ParticipantDirectory participants;
  @Autowired Notifications notifications;

  private int digestHour;
  private Instant digestTime;

  @BeforeEach
  void theNextLocalHourIsAtLeastFiveMinutesAway() {
    ZonedDateTime now = clock.instant().atZone(MANILA);
    if (now.getMinute() >= 55) {
      clock.advanceTo(now.truncatedTo(ChronoUnit.HOURS).plusHours(1).plusMinutes(1).toInstant());
      now = clock.instant().atZone(MANILA);
    }
    ZonedDateTime next = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
    digestHour = next.getHour();
    digestTime = next.toInstant();
  }

  @AfterEach
  void backToTheRealTime() {
    clock.reset();
  }

  @Test
  void twoUpdatesInTheDayMakeOneDigestAtTheLocalHourAndNoneBefore() {
    // given a participant who chose the daily digest at the next hour where they are
    UUID participant = Participants.registered(participants, "Fatima Zahra", "en");
    chooseTheDigest(participant);

    // and two updates written for them during the day, besides their confirmation (which always
    // goes immediately)
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/d", "registration")
        .send();
    EventFixtures.accreditationGranted(participant).send();
    EventFixtures.promoted(participant).send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications.countForParticipant(participant) == 3);

    // when digests are written before the hour
    digests.writeDue();

    // then there is none yet
    assertThat(digestsOf(participant)).isEmpty();

    // when the hour comes, and two instances write the digests due at the same moment
    clock.advanceTo(digestTime.plusSeconds(60));
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digests::writeDue);
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(digests::writeDue);
    CompletableFuture.allOf(one, two).join();
    // and again later the same day
    digests.writeDue();

    // then there is exactly one digest, listing both updates and not the confirmation
    List<Notification> written = digestsOf(participant);
    assertThat(written).hasSize(1);
    Notification digest = written.get(0);
    assertThat(digest.channel()).isEqualTo("email");
    assertThat(digest.subject()).startsWith("Your daily summary (2 updates)");
    assertThat(digest.body())
        .contains("Accreditation granted", "A place for you in person")
        .doesNotContain("Registration received");
  }

  @Test
  void whoGoesBackToImmediateGetsWhatWasHeldAtOnceAndNoDigestLater() {
    // given a participant on the daily digest, with two updates held for it
    UUID participant = Participants.registered(participants, "Ana Lima", "es");
    chooseTheDigest(participant);
    EventFixtures.accreditationGranted(participant).send();
    EventFixtures.promoted(participant).send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications.countForParticipant(participant) == 2);

    // when they choose to hear immediately again, before their hour
    choose(participant, Map.of("deliveryMode", "immediate"));

    // then what was held comes at once, in one email in their language
    List<Notification> written = digestsOf(participant);
    assertThat(written).hasSize(1);
    assertThat(written.get(0).body())
        .contains("2 actualizaciones", "Acreditación concedida", "Una plaza presencial");

    // and when the hour they had chosen comes, nothing more is written
    clock.advanceTo(digestTime.plusSeconds(60));
    digests.writeDue();
    assertThat(digestsOf(participant)).hasSize(1);
  }

  @Test
  void changingOtherChoicesWithoutADigestWritesNone() {
    // given a participant who never chose the digest, with an update sent immediately
    UUID participant = Participants.registered(participants, "Omar Haddad", "ar");
    EventFixtures.accreditationGranted(participant).send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notifications.countForParticipant(participant) == 1);

    // when they confirm that they want to hear immediately
    choose(participant, Map.of("deliveryMode", "immediate"));

    // then no digest is written
    assertThat(digestsOf(participant)).isEmpty();
  }

  @Test
  void aDayWithNothingToTellMakesNoDigest() {
    // given a participant who chose the daily digest, for whom nothing was written
    UUID participant = Participants.registered(participants, "Kofi Boateng", "fr");
    chooseTheDigest(participant);

    // when their hour comes
    clock.advanceTo(digestTime.plusSeconds(60));
    digests.writeDue();

    // then no digest is written
    assertThat(notifications.countForParticipant(participant)).isZero();
  }

  @Test
  void theDigestIsWrittenInTheParticipantsLanguageWithItsPluralForms() {
    // given the count of updates in Russian and Arabic
    // then each language's plural forms are used
    assertThat(DailyDigests.count(1, "ru")).isEqualTo("1 обновление");
    assertThat(DailyDigests.count(3, "ru")).isEqualTo("3 обновления");
    assertThat(DailyDigests.count(5, "ru")).isEqualTo("5 обновлений");
    assertThat(DailyDigests.count(2, "ar")).isEqualTo("تحديثان");
    assertThat(DailyDigests.count(3, "ar")).isEqualTo("3 تحديثات");
    assertThat(DailyDigests.count(11, "ar")).isEqualTo("11 تحديثًا");
    assertThat(DailyDigests.count(2, "en")).isEqualTo("2 updates");
  }

  private void chooseTheDigest(UUID participant) {
    choose(participant, Map.of("deliveryMode", "daily-digest", "digestHour", digestHour));
  }

  private void choose(UUID participant, Map<String, Object> preferences) {
    http.put()
        .uri("/participants/{id}/preferences", participant)
        .header("Authorization", "Bearer " + TestTokens.attendee(participant))
        .contentType(MediaType.APPLICATION_JSON)
        .body(preferences)
        .exchange()
        .expectStatus()
        .isOk();
  }

  private List<Notification> digestsOf(UUID participant) {
    return notifications.forParticipant(participant, 0, 100).stream()
        .filter(notification -> notification.kind().equals("daily-digest"))
        .toList();
  }
}
