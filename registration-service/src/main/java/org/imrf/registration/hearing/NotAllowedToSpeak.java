package org.imrf.registration.hearing;

import java.util.Map;
import org.imrf.backbone.problems.DomainProblem;

/** The participant may not ask to speak in the hearing; says why. */
class NotAllowedToSpeak extends DomainProblem.Conflict {

  /** Why, as clients tell the cases apart. */
  public enum Reason {
    NOT_A_STAKEHOLDER("not-a-stakeholder"),
    ACCREDITATION_NOT_GRANTED("accreditation-not-granted"),
    NO_LONGER_TAKES_PART("no-longer-takes-part"),
    ANOTHER_EDITION("another-edition");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public NotAllowedToSpeak(Reason reason, String detail) {
    super("Not allowed to speak in the hearing", detail, Map.of("reason", reason.code()));
  }
}
