package org.imrf.registration.participant;

/**
 * A request to register, already checked for form.
 *
 * @param editionId the edition
 * @param name in any script
 * @param email the participant's address
 * @param preferredLanguage one of the UN languages
 */
public record Registration(
    String editionId, String name, String email, UnLanguage preferredLanguage) {}
