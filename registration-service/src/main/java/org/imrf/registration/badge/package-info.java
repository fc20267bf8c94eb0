/**
 * Badges and check-in: in-person participants get a badge whose QR code carries a signed token;
 * check-in staff scan it, once per participant, and organisers follow the live counts.
 */
package org.imrf.registration.badge;
