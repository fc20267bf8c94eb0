package org.imrf.backbone.security;

/**
 * The platform's roles, as they appear in a token's roles claim. Chair and host are scoped: a token
 * carries {@code chair:<round table>} or {@code host:<side event>}.
 */
public final class Role {

  /** The secretariat: runs the forum. */
  public static final String ORGANISER = "organiser";

  /** Chairs one round table: {@code chair:<round table id>}. */
  public static final String CHAIR = "chair";

  /** Hosts one side event: {@code host:<side event id>}. */
  public static final String HOST = "host";

  /** Venue staff who check participants in. */
  public static final String CHECK_IN = "check-in";

  /** Operations: metrics and platform state. */
  public static final String OPS = "ops";

  /** A participant, through their personal access link; the token names the participant. */
  public static final String ATTENDEE = "attendee";

  private Role() {}

  /** The authority of a scoped role, e.g. {@code chair:round-table-2}. */
  public static String scoped(String role, String scope) {
    return role + ":" + scope;
  }
}
