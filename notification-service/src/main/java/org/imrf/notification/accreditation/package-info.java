/**
 * Accreditation outcomes: an applicant hears each step of their accreditation, in their language,
 * and of an objection only as much as the rules of the process allow.
 */
package org.imrf.notification.accreditation;
