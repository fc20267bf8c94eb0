package org.imrf.registration.badge;

import org.imrf.registration.participant.Category;

/**
 * What a printed badge shows.
 *
 * @param editionTitle e.g. International Migration Review Forum 2026
 * @param name the participant's name, in any script
 * @param organisation the organisation, delegation or entity they represent
 * @param category who they take part as, printed as a word on a coloured band
 * @param token what the QR code carries
 */
public record BadgeFace(
    String editionTitle, String name, String organisation, Category category, String token) {}
