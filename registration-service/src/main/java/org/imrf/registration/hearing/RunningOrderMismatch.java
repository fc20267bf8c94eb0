package org.imrf.registration.hearing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;

/**
 * A running order must list exactly the session's selected speakers: says who is missing, who is
 * not selected, and who is.
 */
class RunningOrderMismatch extends DomainProblem.Conflict {

  public RunningOrderMismatch(
      Collection<UUID> missing, Collection<UUID> notSelected, List<UUID> selected) {
    super(
        "Running order does not match the selection",
        "A running order lists every selected speaker of the session once, and nobody else"
            + (missing.isEmpty() ? "" : "; missing: " + missing)
            + (notSelected.isEmpty() ? "" : "; not selected: " + notSelected),
        properties(missing, notSelected, selected));
  }

  private static Map<String, Object> properties(
      Collection<UUID> missing, Collection<UUID> notSelected, List<UUID> selected) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("missing", strings(missing));
    properties.put("notSelected", strings(notSelected));
    properties.put("selected", strings(selected));
    return properties;
  }

  private static List<String> strings(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }
}
