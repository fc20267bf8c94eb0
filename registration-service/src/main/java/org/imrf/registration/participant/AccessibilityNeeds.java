package org.imrf.registration.participant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A participant's accessibility needs.
 *
 * @param needs the needs ticked
 * @param other the participant's own words, present exactly when {@code other} is ticked
 */
public record AccessibilityNeeds(Set<AccessibilityNeed> needs, String other) {

  public static final AccessibilityNeeds NONE = new AccessibilityNeeds(Set.of(), null);

  public AccessibilityNeeds {
    needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
    other = other == null || other.isBlank() ? null : other.strip();
  }

  public static AccessibilityNeeds of(Collection<AccessibilityNeed> needs, String other) {
    return new AccessibilityNeeds(
        needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs), needs.isEmpty() ? null : other);
  }

  /** The codes, in a stable order. */
  public List<String> codes() {
    return needs.stream().sorted().map(AccessibilityNeed::code).toList();
  }
}
