package org.imrf.registration.badge;

import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.UnLanguage;

/**
 * What a printed badge shows.
 *
 * @param editionTitle e.g. International Migration Review Forum 2026
 * @param name the participant's name, in any script
 * @param organisation the organisation, delegation or entity they represent
 * @param category who they take part as, printed as a word on a coloured band
 * @param language the participant's preferred language: the category is printed in it
 * @param token what the QR code carries
 */
public record BadgeFace(
    String editionTitle,
    String name,
    String organisation,
    Category category,
    UnLanguage language,
    String token) {

  /** The category as printed, in the badge's language. */
  public String categoryLabel() {
    return CategoryLabels.label(category, language);
  }
}
