/**
 * Forgetting an erased participant, for every service that keeps data about participants: on
 * registration-service's {@code imrf.participant.erased.v1} the participant's id is recorded (the
 * id alone, in {@code messaging.forgotten_participant}), every feature's {@link
 * org.imrf.backbone.forgetting.ForgetsParticipants} hook deletes what that feature holds, in the
 * event's transaction, and any later event whose payload names the participant ({@code
 * participantId}), on any topic the service reads, is dropped before a feature sees it: news that
 * arrives after the erasure on another topic is neither applied nor retried and dead-lettered as if
 * the registration had not been seen yet.
 *
 * <p>How a service adopts it:
 *
 * <ol>
 *   <li>each feature that keeps data about participants declares a bean implementing {@code
 *       ForgetsParticipants} (its {@code forget} deletes that feature's data); the first such bean
 *       switches the facility on;
 *   <li>the service reads {@code registration.participants} through a dispatcher ({@code
 *       EventInbox.dispatcher(name, "registration.participants", features)} with every {@code
 *       EventHandlers} bean): the facility's handler for the erasure is one of them;
 *   <li>nothing else: the table comes with the backbone's migrations.
 * </ol>
 */
package org.imrf.backbone.forgetting;
