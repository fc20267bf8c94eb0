package org.imrf.registration.participant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Participants as other features read them, without the ability to change them. */
@Service
class ParticipantReader implements ParticipantLookup {

  private final ParticipantRepository participants;

  ParticipantReader(ParticipantRepository participants) {
    this.participants = participants;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ParticipantSummary> find(UUID id) {
    return participants.find(id).map(Participant::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ParticipantSummary> findByEmail(String editionId, String email) {
    return participants
        .findByEmail(editionId, email.strip().toLowerCase(Locale.ROOT))
        .map(Participant::summary);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<ParticipantSummary> lockForChange(UUID id) {
    return participants.findForChange(id).map(Participant::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ParticipantView> findAsShown(UUID id) {
    return participants.find(id).map(Participant::view);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ParticipantView> findAllAsShown(List<UUID> ids) {
    return participants.findAll(ids).stream().map(Participant::view).toList();
  }
}
