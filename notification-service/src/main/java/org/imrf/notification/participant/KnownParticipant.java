package org.imrf.notification.participant;

import java.util.UUID;

/**
 * A participant as this service needs them: whom to write to, how, and about which edition.
 *
 * @param id the participant id
 * @param name their name, in any script
 * @param email their address
 * @param language the UN language to write in (ISO 639-1)
 * @param editionId the edition they registered for
 * @param editionTitle its title
 */
public record KnownParticipant(
    UUID id, String name, String email, String language, String editionId, String editionTitle) {}
