package org.imrf.notification.notification;

import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imrf.notification.announcement.AnnouncementMatrixRows;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.web.DeliveryMatrixRows;
import org.imrf.notification.email.UnsubscribeLinks;
import org.imrf.notification.inbox.InboxMatrixRows;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.preference.Participants;
import org.imrf.notification.preference.PreferenceMatrixRows;
import org.imrf.notification.webhook.WebhookMatrixRows;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may call each endpoint: a feature's rows kept beside it ({@code …MatrixRows}). */
@ServiceTest
class AuthorizationMatrixTest extends AuthorizationMatrix {

  @Autowired NotificationStore notifications;
  @Autowired ParticipantDirectory participants;
  @Autowired List<ChannelSender> senders;
  @Autowired UnsubscribeLinks unsubscribeLinks;
  private UUID notification;
  private final WebhookMatrixRows webhooks = new WebhookMatrixRows();

  @Override
  protected Fixture fixture() {
    // known to this service, for the endpoints that need their copy (preferences)
    UUID participant = Participants.registered(participants, "Matrix Mensah", "en");
    notification = UUID.randomUUID();
    Notification written =
        new Notification(
            notification,
            participant,
            UUID.randomUUID(),
            "registration-confirmation",
            "email",
            "matrix@example.org",
            "en",
            "Registration received",
            "Dear Matrix",
            java.time.Instant.now());
    notifications.add(written);
    await().atMost(Duration.ofSeconds(5)).until(() -> notifications.find(notification).isPresent());
    try {
      // in the participant's inbox too
      senders.stream()
          .filter(sender -> sender.channel() == Channel.IN_APP)
          .findFirst()
          .orElseThrow()
          .send(written, ChannelSender.ONLY_TARGET);
    } catch (org.imrf.notification.delivery.DeliveryFailure failure) {
      throw new AssertionError(failure);
    }
    webhooks.prepare(http);
    return new Fixture(participant, "round-table-2", "side-event-1");
  }

  @Override
  protected List<Row> rows() {
    List<Row> rows = new ArrayList<>(PreferenceMatrixRows.rows());
    rows.addAll(AnnouncementMatrixRows.rows());
    rows.addAll(DeliveryMatrixRows.rows(() -> notification));
    rows.addAll(InboxMatrixRows.rows(notification));
    rows.addAll(webhooks.rows());
    rows.addAll(
        List.of(
            row(
                    GET,
                    "/notifications",
                    f -> request("/notifications?participant=" + f.participant()))
                .selfOrOrganiser(),
            row(GET, "/notifications/{id}", f -> request("/notifications/" + notification))
                .selfOrOrganiser(),
            // an unsubscribe link's sealed token is its own credential: anyone who has it, no
            // sign-in
            row(GET, "/unsubscribe/{token}", f -> request(unsubscribe(f))).otherwise(200),
            row(
                    POST,
                    "/unsubscribe/{token}",
                    // the one-click field in the query: the matrix sends JSON bodies, forms not
                    f -> request(unsubscribe(f) + "?List-Unsubscribe=One-Click"))
                .otherwise(200),
            // the backbone's, for the gateway's composed export
            row(
                    GET,
                    "/personal-data/{participantId}",
                    f -> request("/personal-data/" + f.participant()))
                .selfOrOrganiser()));
    return rows;
  }

  /** The path of the fixture participant's unsubscribe link. */
  private String unsubscribe(Fixture fixture) {
    String link = unsubscribeLinks.link(fixture.participant(), "registration-confirmation", "en");
    return link.substring(link.indexOf("/unsubscribe/"));
  }
}
