/** The accreditation API: organisers decide and record Member States' objections. */
package org.imrf.registration.accreditation.web;
