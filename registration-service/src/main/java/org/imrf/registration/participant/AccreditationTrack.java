package org.imrf.registration.participant;

/** How a participant's category is accredited to the forum. */
enum AccreditationTrack {
  /** Member and observer states, the UN system, intergovernmental organisations. */
  NONE,
  /** NGOs in consultative status with ECOSOC: their focal point confirms their representatives. */
  ECOSOC,
  /**
   * Everyone else: an application, provisionally approved, open to objection by Member States for a
   * period, then approved; or refused.
   */
  SPECIAL;

  /** Where a new registration of this track starts. */
  Accreditation initial() {
    return switch (this) {
      case NONE -> Accreditation.NOT_REQUIRED;
      case ECOSOC -> Accreditation.AWAITING_CONFIRMATION;
      case SPECIAL -> Accreditation.PENDING;
    };
  }
}
