package org.imrf.registration.accreditation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Accreditation;

/** What organisers decide about an accreditation, and from where each decision may be taken. */
public enum AccreditationDecisionKind implements Coded {
  /** ECOSOC track: the focal point (an organiser standing in) confirms the representative. */
  CONFIRM("confirm", "confirmed", Set.of(Accreditation.AWAITING_CONFIRMATION)),
  /** Special track: approved unless a Member State objects within the non-objection period. */
  PROVISIONALLY_APPROVE(
      "provisionally-approve", "provisionally approved", Set.of(Accreditation.PENDING)),
  /** Special track, after an objection: approved nonetheless. */
  GRANT("grant", "granted", Set.of(Accreditation.OBJECTED)),
  REFUSE(
      "refuse",
      "refused",
      Set.of(
          Accreditation.AWAITING_CONFIRMATION,
          Accreditation.PENDING,
          Accreditation.PROVISIONALLY_APPROVED,
          Accreditation.OBJECTED));

  private final String code;
  private final String done;
  private final Set<Accreditation> from;

  AccreditationDecisionKind(String code, String done, Set<Accreditation> from) {
    this.code = code;
    this.done = done;
    this.from = from;
  }

  @Override
  public String code() {
    return code;
  }

  String done() {
    return done;
  }

  boolean appliesTo(Accreditation current) {
    return from.contains(current);
  }

  /** The decisions possible from where an accreditation stands. */
  public static List<String> possibleFrom(Accreditation current) {
    return Arrays.stream(values())
        .filter(kind -> kind.appliesTo(current))
        .map(AccreditationDecisionKind::code)
        .toList();
  }
}
