package org.imrf.registration.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * Someone registered for a forum edition. Carries what other services need to act on it without
 * asking registration-service; never lived experience, and accessibility needs as codes only (the
 * participant's own words stay here). Version 2 added organisation, country, category, attendance,
 * accessibility, accreditation and time zone; version 3 gives the edition's title in each UN
 * language given ({@code editionTitles}) instead of English alone.
 */
@EventType(name = "imrf.participant.registered", version = 3)
public record ParticipantRegistered(
    UUID participantId,
    String editionId,
    MultilingualText editionTitles,
    String name,
    String email,
    String organisation,
    String country,
    String category,
    String preferredLanguage,
    String attendance,
    List<String> accessibility,
    String accreditation,
    String timeZone,
    Instant registeredAt)
    implements ParticipantEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return registeredAt;
  }
}
