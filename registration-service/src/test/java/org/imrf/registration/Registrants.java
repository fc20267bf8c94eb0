package org.imrf.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Registration requests for tests: complete and valid, each field overridable. */
public final class Registrants {

  private Registrants() {}

  /**
   * A Member State delegate attending online (no accreditation, no cap): the plainest valid
   * registration.
   */
  public static Map<String, Object> delegate(
      String edition, String name, String email, String language) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("edition", edition);
    body.put("name", name);
    body.put("email", email);
    body.put("organisation", "Permanent Mission of Jordan");
    body.put("country", "JO");
    body.put("category", "member-state");
    body.put("preferredLanguage", language);
    body.put("attendance", "online");
    return body;
  }

  /** A stakeholder of an organisation, asking to attend in person. */
  public static Map<String, Object> stakeholder(
      String edition, String category, String organisation, String email) {
    Map<String, Object> body = delegate(edition, "Amal Nasser", email, "en");
    body.put("category", category);
    body.put("organisation", organisation);
    body.put("country", "KE");
    body.put("attendance", "in-person");
    return body;
  }

  /** The same map with some fields replaced (a null value removes the field). */
  public static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        copy.remove((String) keysAndValues[i]);
      } else {
        copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return copy;
  }

  /** An address nobody else in the test run uses. */
  public static String unique(String local) {
    return local + "." + UUID.randomUUID() + "@example.org";
  }
}
