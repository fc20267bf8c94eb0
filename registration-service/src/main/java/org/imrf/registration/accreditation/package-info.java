/** Accreditation: the ECOSOC and special tracks, the non-objection period, and who decided what. */
package org.imrf.registration.accreditation;
