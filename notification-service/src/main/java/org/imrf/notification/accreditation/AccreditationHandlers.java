package org.imrf.notification.accreditation;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;

/** Each step of a participant's accreditation, from the participants topic. */
@Component
class AccreditationHandlers implements EventHandlers {

  private final AccreditationMessages messages;

  AccreditationHandlers(AccreditationMessages messages) {
    this.messages = messages;
  }

  @Override
  public String topic() {
    return Topics.PARTICIPANTS;
  }

  @Override
  public void register(Registry on) {
    on.on(
            AccreditationProvisionallyApproved.TYPE,
            AccreditationProvisionallyApproved.class,
            (approved, event) -> messages.provisionallyApproved(approved, event.id()))
        .on(
            AccreditationObjected.TYPE,
            AccreditationObjected.class,
            (objected, event) -> messages.objected(objected, event.id()))
        .on(
            AccreditationGranted.TYPE,
            AccreditationGranted.class,
            (granted, event) -> messages.granted(granted, event.id()))
        .on(
            AccreditationRefused.TYPE,
            AccreditationRefused.class,
            (refused, event) -> messages.refused(refused, event.id()));
  }
}
