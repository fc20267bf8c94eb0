package org.imrf.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The in-app channel puts each notification into its participant's inbox, once. */
@ServiceTest
class DeliveringInAppTest {

  @Autowired InAppSender inApp;
  @Autowired InboxEntries entries;
  @Autowired JdbcClient jdbc;
  @Autowired List<ChannelSender> senders;
  InboxFixtures inbox;

  @BeforeEach
  void fixtures() {
    inbox = new InboxFixtures(jdbc, senders);
  }

  @Test
  void aNotificationSentInAppAgainAndAgainIsInTheInboxOnce() throws Exception {
    // given a notification for a participant
    UUID participant = UUID.randomUUID();
    Notification notification = inbox.written(participant, "ar", "تم استلام تسجيلك");

    // when the delivery queue sends it in-app three times (a retry after a lost answer, say)
    for (int attempt = 0; attempt < 3; attempt++) {
      inApp.send(notification, ChannelSender.ONLY_TARGET);
    }

    // then the participant's inbox holds it once, unread
    assertThat(inbox.entriesOf(notification)).isEqualTo(1);
    assertThat(entries.page(participant, true, 0, 10))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.notification().id()).isEqualTo(notification.id());
              assertThat(entry.read()).isFalse();
            });
    assertThat(inApp.channel()).isEqualTo(Channel.IN_APP);
    assertThat(inApp.targets(notification)).containsExactly(ChannelSender.ONLY_TARGET);
  }

  @Test
  void aBatchFillsEveryInboxOnceAndInOrderAndOneErasedNotificationFailsItWhole() throws Exception {
    // given three notifications for two participants, one of them already in its inbox
    UUID ana = UUID.randomUUID();
    UUID omar = UUID.randomUUID();
    Notification first = inbox.written(ana, "es", "Primero");
    Notification second = inbox.written(ana, "es", "Segundo");
    Notification already = inbox.delivered(omar, "Already there");

    // when the in-app channel sends them together
    inApp.sendAll(List.of(first, second, already));

    // then each is in its inbox once, Ana's in the order given
    assertThat(inbox.entriesOf(first)).isEqualTo(1);
    assertThat(inbox.entriesOf(second)).isEqualTo(1);
    assertThat(inbox.entriesOf(already)).isEqualTo(1);
    assertThat(inbox.seqOf(second)).isGreaterThan(inbox.seqOf(first));

    // and a batch holding a notification erased meanwhile fails whole, for the worker to send
    // its notifications one by one
    Notification kept = inbox.written(omar, "en", "Kept");
    Notification erased = inbox.written(omar, "en", "Erased");
    jdbc.sql("delete from notification where id = :id").param("id", erased.id()).update();
    assertThatThrownBy(() -> inApp.sendAll(List.of(kept, erased)))
        .isInstanceOf(DeliveryFailure.class);
    assertThat(inbox.entriesOf(kept)).isZero();
  }

  @Test
  void laterEntriesOfAnInboxHaveHigherSeqs() {
    UUID participant = UUID.randomUUID();
    Notification first = inbox.delivered(participant, "First");
    Notification second = inbox.delivered(participant, "Second");

    assertThat(inbox.seqOf(second)).isGreaterThan(inbox.seqOf(first));
    assertThat(entries.latestSeq(participant)).isEqualTo(inbox.seqOf(second));
  }

  @Test
  void erasingTheNotificationEmptiesTheInboxOfIt() {
    // given a notification in the inbox
    UUID participant = UUID.randomUUID();
    Notification notification = inbox.delivered(participant, "Your badge");

    // when the participant's notifications are erased
    jdbc.sql("delete from notification where participant_id = :participant")
        .param("participant", participant)
        .update();

    // then the inbox holds nothing of it
    assertThat(inbox.entriesOf(notification)).isZero();
    assertThat(entries.count(participant, false)).isZero();
  }

  @Test
  void aNotificationThatNoLongerExistsFailsForGood() {
    // a notification erased between its delivery being queued and sent
    Notification gone =
        new Notification(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "registration-confirmation",
            "email",
            "gone@example.org",
            "en",
            "Gone",
            "Gone",
            java.time.Instant.now());

    assertThatThrownBy(() -> inApp.send(gone, ChannelSender.ONLY_TARGET))
        .isInstanceOfSatisfying(
            DeliveryFailure.class, failure -> assertThat(failure.permanent()).isTrue());
    assertThat(inbox.entriesOf(gone)).isZero();
  }
}
