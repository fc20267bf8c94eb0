package org.imrf.notification.notification;

import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may read notifications: the rows of this feature's endpoints. */
@ServiceTest
class AuthorizationMatrixTest extends AuthorizationMatrix {

  @Autowired NotificationStore notifications;
  private UUID notification;

  @Override
  protected Fixture fixture() {
    UUID participant = UUID.randomUUID();
    notification = UUID.randomUUID();
    notifications.add(
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
            java.time.Instant.now()));
    await().atMost(Duration.ofSeconds(5)).until(() -> notifications.find(notification).isPresent());
    return new Fixture(participant, "round-table-2", "side-event-1");
  }

  @Override
  protected List<Row> rows() {
    return List.of(
        row(GET, "/notifications", f -> request("/notifications?participant=" + f.participant()))
            .selfOrOrganiser(),
        row(GET, "/notifications/{id}", f -> request("/notifications/" + notification))
            .selfOrOrganiser(),
        // the backbone's, for the gateway's composed export
        row(
                GET,
                "/personal-data/{participantId}",
                f -> request("/personal-data/" + f.participant()))
            .selfOrOrganiser());
  }
}
