package org.imrf.notification.notification.web;

import java.util.List;
import java.util.UUID;
import org.imrf.backbone.personaldata.PersonalDataContributor;
import org.imrf.notification.notification.Notifications;
import org.springframework.stereotype.Component;

/** Every message sent to the participant, as the notifications API shows them, newest first. */
@Component
class NotificationsPersonalData implements PersonalDataContributor {

  private final Notifications notifications;

  NotificationsPersonalData(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public String part() {
    return "notifications";
  }

  @Override
  public List<NotificationResponse> exportFor(UUID participantId) {
    int all = Math.toIntExact(notifications.countForParticipant(participantId));
    return notifications.forParticipant(participantId, 0, all).stream()
        .map(NotificationResponse::of)
        .toList();
  }
}
