package org.imrf.registration.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone registered for a forum edition.
 *
 * @param id assigned at registration
 * @param editionId the edition, e.g. {@code imrf-2026}
 * @param name as the participant wrote it, in any script
 * @param email where the participant hears from the forum
 * @param preferredLanguage the UN language of everything the participant receives
 * @param registeredAt when the registration was accepted
 */
public record Participant(
    UUID id,
    String editionId,
    String name,
    String email,
    UnLanguage preferredLanguage,
    Instant registeredAt) {}
