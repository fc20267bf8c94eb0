package org.imrf.registration.participant.web;

import java.util.List;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.registration.participant.AccessibilityNeed;
import org.imrf.registration.participant.AccessibilityNeeds;

/** Accessibility needs as requests send them. */
final class Accessibility {

  private Accessibility() {}

  /**
   * The needs, with the participant's own words exactly when "other" is among them.
   *
   * @throws InvalidFields if "other" comes without words, or words without "other"
   */
  static AccessibilityNeeds needs(List<String> codes, String other) {
    List<AccessibilityNeed> needs =
        codes == null
            ? List.of()
            : codes.stream()
                .map(code -> Coded.ofCode(AccessibilityNeed.class, code).orElseThrow())
                .toList();
    boolean described = other != null && !other.isBlank();
    if (needs.contains(AccessibilityNeed.OTHER) && !described) {
      throw new InvalidFields(
          "accessibilityOther", "must describe the need when accessibility includes other");
    }
    if (!needs.contains(AccessibilityNeed.OTHER) && described) {
      throw new InvalidFields(
          "accessibility", "must include other when accessibilityOther describes a need");
    }
    return AccessibilityNeeds.of(needs, other);
  }
}
