package org.imrf.notification.confirmation.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.notification.confirmation.AccessLinkIssued;
import org.imrf.notification.confirmation.AccessLinkMessages;
import org.imrf.notification.confirmation.AccreditationGranted;
import org.imrf.notification.confirmation.AccreditationObjected;
import org.imrf.notification.confirmation.AccreditationProvisionallyApproved;
import org.imrf.notification.confirmation.AccreditationRefused;
import org.imrf.notification.confirmation.ParticipantCancelled;
import org.imrf.notification.confirmation.ParticipationMessages;
import org.imrf.notification.confirmation.WaitingListPromoted;
import org.imrf.notification.erasure.Forgetting;
import org.imrf.notification.erasure.ParticipantErased;
import org.imrf.notification.participant.ParticipantDetailsChanged;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.participant.ParticipantRegistered;
import org.imrf.notification.participant.ParticipantRegisteredV2;
import org.imrf.notification.participant.ParticipantRegisteredV3;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code participantEvents-in-0}: the participants topic, group notification-service. A
 * participant's events arrive in order, so their registration is known before anything else about
 * them. Events this service has no use for (requests for accreditation, revoked links) are skipped.
 */
@Configuration
class ConfirmationConsumer {

  @Bean
  Consumer<Message<byte[]>> participantEvents(
      EventInbox inbox,
      ParticipantDirectory participants,
      AccessLinkMessages links,
      ParticipationMessages participation,
      Forgetting forgetting) {
    return inbox
        .consumer("participant-notifications")
        .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, participants::remember)
        .on(ParticipantRegisteredV2.TYPE, ParticipantRegisteredV2.class, participants::remember)
        .on(ParticipantRegisteredV3.TYPE, ParticipantRegisteredV3.class, participants::remember)
        .on(ParticipantDetailsChanged.TYPE, ParticipantDetailsChanged.class, participants::changed)
        .on(
            AccessLinkIssued.TYPE,
            AccessLinkIssued.class,
            (issued, event) -> links.send(issued, event.id()))
        .on(
            ParticipantCancelled.TYPE,
            ParticipantCancelled.class,
            (cancelled, event) -> participation.cancelled(cancelled, event.id()))
        .on(
            AccreditationProvisionallyApproved.TYPE,
            AccreditationProvisionallyApproved.class,
            (approved, event) -> participation.provisionallyApproved(approved, event.id()))
        .on(
            AccreditationObjected.TYPE,
            AccreditationObjected.class,
            (objected, event) -> participation.objected(objected, event.id()))
        .on(
            AccreditationGranted.TYPE,
            AccreditationGranted.class,
            (granted, event) -> participation.granted(granted, event.id()))
        .on(
            AccreditationRefused.TYPE,
            AccreditationRefused.class,
            (refused, event) -> participation.refused(refused, event.id()))
        .on(
            WaitingListPromoted.TYPE,
            WaitingListPromoted.class,
            (promoted, event) -> participation.promoted(promoted, event.id()))
        .on(ParticipantErased.TYPE, ParticipantErased.class, forgetting::forget)
        .build();
  }
}
