package org.imrf.notification.edition;

import java.util.Optional;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.imrf.notification.participant.KnownParticipant;
import org.springframework.stereotype.Service;

/**
 * Keeps this service's copy of each edition from its events, and names an edition for a participant
 * in their language: with the titles the editions topic last gave, else those their registration
 * carried (the two topics are read independently). Runs in the transaction that records the event
 * as processed.
 */
@Service
public class EditionDirectory implements EventHandlers {

  private final KnownEditions known;

  EditionDirectory(KnownEditions known) {
    this.known = known;
  }

  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.EDITIONS)
        .on(
            EditionCopies.ScheduledV1.TYPE,
            EditionCopies.ScheduledV1.class,
            scheduled -> rememberFromVersionOne(scheduled.edition()))
        .on(
            EditionCopies.ScheduledV2.TYPE,
            EditionCopies.ScheduledV2.class,
            scheduled -> remember(scheduled.edition()))
        .on(
            EditionCopies.DetailsChangedV1.TYPE,
            EditionCopies.DetailsChangedV1.class,
            changed -> rememberFromVersionOne(changed.edition()))
        .on(
            EditionCopies.DetailsChangedV2.TYPE,
            EditionCopies.DetailsChangedV2.class,
            changed -> remember(changed.edition()));
  }

  public void remember(KnownEdition edition) {
    known.save(edition);
  }

  /**
   * Remembers an edition from an event of a version that carried titles in English alone: the
   * translations known from a later version stay, as long as the English title is the same.
   */
  public void rememberFromVersionOne(KnownEdition edition) {
    known.save(
        known
            .find(edition.id())
            .filter(held -> held.titles().english().equals(edition.titles().english()))
            .map(held -> new KnownEdition(edition.id(), held.titles(), edition.timeZone()))
            .orElse(edition));
  }

  public Optional<KnownEdition> find(String id) {
    return known.find(id);
  }

  /** The title of the participant's edition in their language, or in English where not given. */
  public String titleFor(KnownParticipant participant) {
    return known
        .find(participant.editionId())
        .map(KnownEdition::titles)
        .orElse(participant.editionTitles())
        .in(participant.language());
  }
}
