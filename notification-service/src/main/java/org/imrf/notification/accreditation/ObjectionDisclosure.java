package org.imrf.notification.accreditation;

/**
 * How much an applicant is told of an objection to their accreditation ({@code
 * imrf.accreditation.objection-disclosure}): the rules of the process decide, so it is a setting.
 */
enum ObjectionDisclosure {
  /** That a Member State objected, and nothing more: neither which one nor why (the default). */
  NONE,
  /** That a Member State objected, and the reason recorded; not which one. */
  REASON,
  /** Which Member State objected, and the reason recorded. */
  STATE_AND_REASON
}
